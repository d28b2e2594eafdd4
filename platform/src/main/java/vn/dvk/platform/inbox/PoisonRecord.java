package vn.dvk.platform.inbox;

/** A record of a batch that no delivery can apply, and why: it goes to the dead-letter topic, the rest applies. */
public record PoisonRecord(ConsumedRecord record, RuntimeException reason) {
}
