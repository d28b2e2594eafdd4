package vn.dvk.reporting.draft.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.reporting.document.application.ReportDeadlineService;
import vn.dvk.reporting.document.application.YearlyReportService;
import vn.dvk.reporting.document.domain.ReportDate;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.draft.domain.DraftVersion;
import vn.dvk.reporting.draft.domain.Figure;
import vn.dvk.reporting.draft.domain.ReportDraft;
import vn.dvk.reporting.draft.domain.ReportDrafts;
import vn.dvk.reporting.draft.domain.ReportText;
import vn.dvk.reporting.draft.domain.SentReport;
import vn.dvk.reporting.draft.domain.SubmissionOverview;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ReportParameters;

/**
 * The report a unit writes: its draft pre-filled from the data, edited in versions by the unit's own officials,
 * rendered by the yearly report's composer, submitted to the level above with the figures it contained; and what the
 * level above sees of its subordinates' submissions.
 */
@Service
public class ReportDraftService {

    private final ReportDrafts drafts;
    private final YearlyReportService reports;
    private final StatisticsService statistics;
    private final InstanceScope scope;
    private final ReportDeadlineService deadlines;
    private final ReportClock clock;

    public ReportDraftService(ReportDrafts drafts, YearlyReportService reports, StatisticsService statistics,
                              InstanceScope scope, ReportDeadlineService deadlines, ReportClock clock) {
        this.drafts = drafts;
        this.reports = reports;
        this.statistics = statistics;
        this.scope = scope;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Opens the unit's draft for the year and kind; the official must belong to the unit itself. */
    public ReportDraft open(String unitCode, int year, String kind, Caller caller) {
        AdministrativeUnit unit = scope.requireWritable("unit", unitCode);
        requireOwnUnit(caller, unit.code());
        ReportKind reportKind = kind(kind);
        String unitPath = scope.pathOf(unit.code());
        LocalDate deadline = deadlines.ofReportBy(unitPath, year).of(reportKind, year);
        ReportDraft draft = ReportDraft.open(unit.code(), unitPath, year, reportKind,
                ReportText.blank(ReportDate.choose(null, year, today(), deadline)), caller.signature(), now());
        drafts.add(draft);
        return draft;
    }

    public ReportDraft get(String id) {
        return drafts.find(id).orElseThrow(() -> Rejection.notFound("báo cáo", id));
    }

    /** Saves the official's text as a new version over the revision he read ({@code If-Match}). */
    public ReportDraft edit(String id, long expectedRevision, EditedText text, Caller caller) {
        ReportDraft current = get(id);
        requireOwnUnit(caller, current.unitCode());
        if (current.revision() != expectedRevision) {
            throw new StaleVersion(id, expectedRevision);
        }
        LocalDate reportDate = text.date() == null || text.date().isBlank() ? current.current().text().reportDate()
                : ReportDate.choose(text.date(), current.year(), today(), deadlineOf(current));
        ReportDraft edited = current.edit(new ReportText(text.recipient(), text.directives(), text.documents(),
                text.campaigns(), text.results(), text.shortcomings(), text.causes(), text.directions(), reportDate),
                caller.signature(), now());
        drafts.update(edited);
        return edited;
    }

    /** The text of an edit as the official sent it; {@code date} is YYYY-MM-DD, blank keeps the draft's date. */
    public record EditedText(String recipient, String directives, String documents, String campaigns, String results,
                             String shortcomings, String causes, String directions, String date) {
    }

    /**
     * Sends the current version to the level above, frozen as composed now: the whole document, the subordinates'
     * reports its annex lists, and the §2.4 figures of the statistics it was composed from.
     */
    public ReportDraft submit(String id, Caller caller) {
        ReportDraft current = get(id);
        requireOwnUnit(caller, current.unitCode());
        YearlyReport report = compose(current, current.current(), List.of());
        SentReport sent = new SentReport(report, submittedBelow(current.unitCode(), current.year(), current.kind()));
        ReportDraft submitted = current.submit(Figure.of(report.statistics()), sent,
                deadlineOf(current), caller.signature(), now());
        drafts.submitted(submitted);
        return submitted;
    }

    /**
     * The draft rendered as a report: {@code version} (default the current one), with the subordinates' submitted
     * reports as an annex when {@code annex} asks for it. The submitted version is the document as it was sent; any
     * other version is composed from the data now.
     */
    public YearlyReport document(String id, String version, boolean annex) {
        ReportDraft draft = get(id);
        DraftVersion chosen = version == null || version.isBlank() ? draft.current()
                : draft.version(versionNumber(version)).orElseThrow(() -> Rejection.invalid("version",
                        "Báo cáo '" + id + "' không có phiên bản " + version.strip() + "."));
        return draft.sent(chosen.number()).map(sent -> sent.document(annex)).orElseGet(() -> compose(draft, chosen,
                annex ? submittedBelow(draft.unitCode(), draft.year(), draft.kind()) : List.of()));
    }

    private YearlyReport compose(ReportDraft draft, DraftVersion version,
                                 List<YearlyReportComposer.SubmittedReport> annex) {
        return reports.compose(new UnitSelection(draft.unitCode(), draft.unitPath()), draft.year(),
                version.text().reportDate(), version.text().writing(draft.kind(), annex));
    }

    /** What {@code parent} sees of its direct subordinates' reports for the year and kind. */
    public SubmissionOverview submissions(UnitSelection parent, String year, String kind) {
        int reported = ReportParameters.year(year);
        ReportKind reportKind = kind(kind);
        List<SubmissionOverview.Subordinate> subordinates = new ArrayList<>();
        for (AdministrativeUnit child : scope.directory().childrenOf(parent.code())) {
            subordinates.add(new SubmissionOverview.Subordinate(child.code(), child.fullName(),
                    drafts.find(ReportDraft.idOf(child.code(), reported, reportKind)),
                    liveFigures(child.code(), reported)));
        }
        return SubmissionOverview.of(parent.code(), reported, reportKind.name(),
                deadlines.ofReportsTo(parent.path(), reported).of(reportKind, reported), today(), subordinates);
    }

    /** The deadline of a draft's report: the campaign's that applies to its unit and year now, or the seed's. */
    private LocalDate deadlineOf(ReportDraft draft) {
        return deadlines.ofReportBy(draft.unitPath(), draft.year()).of(draft.kind(), draft.year());
    }

    private List<YearlyReportComposer.SubmittedReport> submittedBelow(String unitCode, int year, ReportKind kind) {
        List<YearlyReportComposer.SubmittedReport> submitted = new ArrayList<>();
        for (AdministrativeUnit child : scope.directory().childrenOf(unitCode)) {
            Optional<ReportDraft> draft = drafts.find(ReportDraft.idOf(child.code(), year, kind))
                    .filter(ReportDraft::submitted);
            draft.ifPresent(sent -> submitted.add(new YearlyReportComposer.SubmittedReport(child.fullName(),
                    sent.submission().submittedOn(), sent.submission().version(),
                    Figure.valueOf(sent.submission().figures(), "total"),
                    Figure.valueOf(sent.submission().figures(), "collective"),
                    Figure.valueOf(sent.submission().figures(), "individual"))));
        }
        return submitted;
    }

    private List<Figure> liveFigures(String unitCode, int year) {
        return Figure.of(statistics.statistics(new UnitSelection(unitCode, scope.pathOf(unitCode)), year,
                EnumSet.noneOf(ModelStatus.class)));
    }

    /** Only the unit's own officials write and submit its report; a level above reads it. */
    private static void requireOwnUnit(Caller caller, String unitCode) {
        if (!caller.unitCode().equals(unitCode)) {
            throw Rejection.outOfScope("not-own-unit", "unit", "Chỉ cán bộ của chính đơn vị '" + unitCode
                    + "' được soạn và gửi báo cáo của đơn vị.");
        }
    }

    private static ReportKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw Rejection.invalid("kind", "Chọn loại báo cáo: YEARLY (báo cáo năm) hoặc MID_YEAR (6 tháng).");
        }
        return Arrays.stream(ReportKind.values()).filter(value -> value.name().equals(kind.strip())).findFirst()
                .orElseThrow(() -> Rejection.invalid("kind", "Loại báo cáo '" + kind
                        + "' không có; chọn YEARLY (báo cáo năm) hoặc MID_YEAR (6 tháng)."));
    }

    private static int versionNumber(String version) {
        if (!version.strip().matches("[1-9][0-9]{0,8}")) {
            throw Rejection.invalid("version", "Phiên bản phải là số nguyên dương, ví dụ 2.");
        }
        return Integer.parseInt(version.strip());
    }

    private Instant now() {
        return clock.clock().instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ReportDraft.VIETNAM);
    }
}
