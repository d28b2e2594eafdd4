package vn.dvk.contracts.award;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/**
 * Event types owned by award-service, published on {@link Topics#AWARD}; none yet, as award-service has no decisions
 * to announce.
 */
public final class AwardEvents {

    public static final List<EventType<?>> ALL = List.of();

    private AwardEvents() {
    }
}
