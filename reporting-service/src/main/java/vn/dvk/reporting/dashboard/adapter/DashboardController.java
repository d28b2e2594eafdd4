package vn.dvk.reporting.dashboard.adapter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/** What the dashboard page needs besides the statistics and compliance APIs: the scope, units, and live updates. */
@RestController
public class DashboardController {

    private final LiveUpdates live;
    private final InstanceScope scope;
    private final Clock clock;

    public DashboardController(LiveUpdates live, InstanceScope scope, Clock clock) {
        this.live = live;
        this.scope = scope;
        this.clock = clock;
    }

    /** A unit with the path of names from the scope down to it, for the page's breadcrumb. */
    public record UnitView(String code, String name, String fullName, String level, String parentCode) {

        static UnitView of(AdministrativeUnit unit) {
            return new UnitView(unit.code(), unit.name(), unit.fullName(), unit.level().name(), unit.parentCode());
        }
    }

    /** The scope of this instance, the current year, and a unit with its ancestors (within scope) and children. */
    public record UnitInfo(String scope, int currentYear, UnitView unit, List<UnitView> ancestors,
                           List<UnitView> children) {
    }

    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream() {
        return live.subscribe();
    }

    @GetMapping("/api/v1/dashboard/units")
    public UnitInfo unit(@RequestedUnit UnitSelection unit) {
        // The selection is in scope; the directory record gives the names, and the national root has none to show.
        AdministrativeUnit found = scope.requireKnown("unit", unit.code());
        List<UnitView> ancestors = new ArrayList<>(scope.directory().ancestorsOf(unit.code()).stream()
                .filter(ancestor -> scope.covers(ancestor.code())).map(UnitView::of).toList());
        Collections.reverse(ancestors);
        return new UnitInfo(scope.code(), LocalDate.now(clock).getYear(), UnitView.of(found), ancestors,
                scope.directory().childrenOf(unit.code()).stream().map(UnitView::of).toList());
    }
}
