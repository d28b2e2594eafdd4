package vn.dvk.contracts.reporting;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/** Event types owned by reporting-service, published on {@link Topics#REPORTING}. */
public final class ReportingEvents {

    public static final EventType<ReportSubmitted> REPORT_SUBMITTED =
            new EventType<>("vn.dvk.report.submitted.v1", Topics.REPORTING, ReportSubmitted.class);

    public static final List<EventType<?>> ALL = List.of(REPORT_SUBMITTED);

    private ReportingEvents() {
    }
}
