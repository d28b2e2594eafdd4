package vn.dvk.platform.inbox;

/**
 * An event of a version this consumer does not handle, of a type it handles in another version: applying it as
 * the known version or skipping it could both be wrong, so it is parked on the dead-letter topic until a consumer
 * that knows it replays it.
 */
public class UnknownEventVersion extends RuntimeException {

    public UnknownEventVersion(String consumer, String type, String eventId) {
        super(consumer + " does not handle " + type + " (event " + eventId + "); it is parked on the dead-letter topic");
    }
}
