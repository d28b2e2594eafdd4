package vn.dvk.platform.inbox;

/** What one consumed record is to a consumer once its headers and payload are read ({@link EventDecoder}). */
public sealed interface DecodedRecord {

    /** An event of a handled type for the instance's scope, with its payload read. */
    record Accepted(InboundEvent<?> event) implements DecodedRecord {
    }

    /** An event outside the instance's scope, or of a type the consumer does not handle: nothing to apply. */
    record Skipped() implements DecodedRecord {
    }

    /**
     * A record no retry can apply: another version of a handled type ({@link UnknownEventVersion}), a payload its
     * record cannot read ({@link UnreadablePayload}) or an event lacking its id or unit path. It belongs on the
     * dead-letter topic.
     */
    record Poison(RuntimeException reason) implements DecodedRecord {
    }
}
