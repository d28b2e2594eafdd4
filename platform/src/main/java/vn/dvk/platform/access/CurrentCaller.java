package vn.dvk.platform.access;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvk.platform.domain.Caller;

/** The official of the request running on this thread; empty for event consumers, schedules and start-up work. */
public final class CurrentCaller implements Supplier<Optional<Caller>> {

    @Override
    public Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication callerAuthentication
                ? Optional.of(callerAuthentication.caller()) : Optional.empty();
    }
}
