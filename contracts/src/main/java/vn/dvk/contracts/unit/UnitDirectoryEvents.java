package vn.dvk.contracts.unit;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/**
 * The unit directory as reference data, published by identity-service on {@link Topics#UNIT_DIRECTORY}: every instance
 * of every service applies it, whatever its scope (its {@code ce_unitpath} is the national root's empty path).
 */
public final class UnitDirectoryEvents {

    public static final EventType<UnitDirectoryPublished> UNIT_DIRECTORY_PUBLISHED = EventType.referenceData(
            "vn.dvk.unit-directory.published.v1", Topics.UNIT_DIRECTORY, UnitDirectoryPublished.class);

    public static final List<EventType<?>> ALL = List.of(UNIT_DIRECTORY_PUBLISHED);

    private UnitDirectoryEvents() {
    }
}
