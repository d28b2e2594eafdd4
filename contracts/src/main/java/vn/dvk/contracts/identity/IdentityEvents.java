package vn.dvk.contracts.identity;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/** Event types owned by identity-service, published on {@link Topics#IDENTITY}. */
public final class IdentityEvents {

    public static final EventType<OfficialRegistered> OFFICIAL_REGISTERED =
            new EventType<>("vn.dvk.official.registered.v1", Topics.IDENTITY, OfficialRegistered.class);
    public static final EventType<OfficialUpdated> OFFICIAL_UPDATED =
            new EventType<>("vn.dvk.official.updated.v1", Topics.IDENTITY, OfficialUpdated.class);

    public static final List<EventType<?>> ALL = List.of(OFFICIAL_REGISTERED, OFFICIAL_UPDATED);

    private IdentityEvents() {
    }
}
