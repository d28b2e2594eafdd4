package vn.dvk.platform.inbox;

/** A payload its type's record cannot read, e.g. an enum value this version does not know. */
public class UnreadablePayload extends RuntimeException {

    public UnreadablePayload(String type, String eventId, Throwable cause) {
        super("the payload of " + type + " event " + eventId + " cannot be read: " + cause.getMessage(), cause);
    }
}
