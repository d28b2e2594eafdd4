package vn.dvk.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.contracts.reporting.ReportingEvents;
import vn.dvk.contracts.unit.UnitDirectoryEvents;

/** Every event type dvk publishes, for lookup by name. */
public final class EventTypes {

    private static final Map<String, EventType<?>> BY_NAME = Stream
            .of(RegistrationEvents.ALL, EvaluationEvents.ALL, AwardEvents.ALL, IdentityEvents.ALL,
                    ReportingEvents.ALL, UnitDirectoryEvents.ALL)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<EventType<?>> all() {
        return List.copyOf(BY_NAME.values());
    }
}
