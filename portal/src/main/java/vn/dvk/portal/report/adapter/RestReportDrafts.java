package vn.dvk.portal.report.adapter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvk.portal.report.domain.ReportDraft;
import vn.dvk.portal.report.domain.ReportDrafts;
import vn.dvk.portal.report.domain.Submissions;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/** {@link ReportDrafts} on reporting-service's {@code /api/v1/reports} endpoints. */
@Component
class RestReportDrafts implements ReportDrafts {

    private static final String REPORTS = "/api/v1/reports";

    private final ServiceApi reporting;

    RestReportDrafts(ServiceClients.ServiceApis apis) {
        this.reporting = apis.reporting();
    }

    @Override
    public ReportDraft get(String id) {
        return reporting.get(QueryUri.of(REPORTS + "/" + id), ReportDraft.class);
    }

    @Override
    public Optional<ReportDraft> find(String id) {
        try {
            return Optional.of(get(id));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    @Override
    public ReportDraft open(String unit, int year, String kind) {
        return reporting.post(REPORTS, Map.of("unit", unit, "year", year, "kind", kind), ReportDraft.class);
    }

    @Override
    public ReportDraft save(String id, long version, ReportDraft.Text text, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient", text.recipient());
        body.put("directives", text.directives());
        body.put("documents", text.documents());
        body.put("campaigns", text.campaigns());
        body.put("results", text.results());
        body.put("shortcomings", text.shortcomings());
        body.put("causes", text.causes());
        body.put("directions", text.directions());
        body.put("date", date);
        return reporting.put(REPORTS + "/" + id, body, Map.of("If-Match", "\"" + version + "\""), ReportDraft.class);
    }

    @Override
    public ReportDraft submit(String id) {
        return reporting.post(REPORTS + "/" + id + ":submit", Map.of(), ReportDraft.class);
    }

    @Override
    public List<ReportDraft.Version> versions(String id) {
        return Arrays.asList(reporting.get(QueryUri.of(REPORTS + "/" + id + "/versions"),
                ReportDraft.Version[].class));
    }

    @Override
    public Submissions submissions(String unit, int year, String kind) {
        return reporting.get(QueryUri.of(REPORTS + "/submissions").param("unit", unit).param("year", year)
                .param("kind", kind), Submissions.class);
    }
}
