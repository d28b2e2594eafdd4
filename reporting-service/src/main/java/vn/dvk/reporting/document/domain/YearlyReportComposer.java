package vn.dvk.reporting.document.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.Indicator;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.document.domain.ReportBlock.Emphasis;
import vn.dvk.reporting.document.domain.ReportBlock.Line;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.IssuedPlan;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.Replication;

/**
 * Lays out the yearly report in the shape of seed 004 and of Decree 30/2020/NĐ-CP: the two-column header, title and
 * "Kính gửi", the sections pre-filled from what the read models hold (documents in force and issued §I.1/§2.1,
 * campaigns and targets §2.2, exemplary models §2.3, statistics §2.4, the unit's own inspections §2.5), placeholders
 * for the narrative people write (§II–III), the closing line, "Nơi nhận" and the signature block.
 */
public final class YearlyReportComposer {

    private static final String PLACEHOLDER = "(Nội dung do đơn vị biên soạn.)";
    private static final int EXEMPLARY_LIMIT = 10;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private YearlyReportComposer() {
    }

    /** The unit the report is written for. */
    public record ReportingUnit(String code, String path, String name, String fullName) {
    }

    /**
     * What the official writes into a draft, and the period the report covers. A blank text leaves its section as
     * composed from the data; a narrative of §I.1, §2.1 or §2.2 follows the data the section lists.
     */
    public record Writing(ReportKind kind, String recipient, String directives, String documents, String campaigns,
                          String results, String shortcomings, String causes, String directions,
                          List<SubmittedReport> annex) {

        public Writing {
            annex = annex == null ? List.of() : List.copyOf(annex);
        }

        /** Nothing written: the yearly report as the data composes it. */
        public static Writing none(ReportKind kind) {
            return new Writing(kind, null, null, null, null, null, null, null, null, List.of());
        }
    }

    /** A subordinate unit's submitted report as the annex lists it: when, which version, and its §2.4 totals. */
    public record SubmittedReport(String unitName, LocalDate submittedOn, int version, long total, long collective,
                                  long individual) {
    }

    /** Everything the report is composed of: the unit, its letterhead, the chosen date and the read models' data. */
    public record Facts(ReportingUnit unit, int year, LocalDate date, UnitLetterhead letterhead,
                        ModelStatistics statistics, Replication replication,
                        List<InspectionRecord> inspections, List<IssuedPlan> plans,
                        List<CampaignSnapshot> campaigns, List<ModelFigures> models, UnitDirectory directory) {
    }

    public static YearlyReport compose(Facts facts) {
        return compose(facts, Writing.none(ReportKind.YEARLY));
    }

    public static YearlyReport compose(Facts facts, Writing writing) {
        ReportingUnit unit = facts.unit();
        ReportKind kind = writing.kind();
        int year = facts.year();
        UnitLetterhead letterhead = facts.letterhead();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Letterhead(
                List.of(new Line(letterhead.issuingBody(), Emphasis.BOLD, 13),
                        new Line("Số:      /" + letterhead.numberSymbol(), Emphasis.REGULAR, 13)),
                List.of(new Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Emphasis.BOLD, 12),
                        new Line("Độc lập - Tự do - Hạnh phúc", Emphasis.BOLD, 13),
                        new Line(letterhead.place() + ", " + dateLine(facts.date()), Emphasis.ITALIC, 13))));
        String title = "Kết quả thực hiện phong trào thi đua \"Dân vận khéo\" và phong trào thi đua \"Dân vận khéo"
                + " gắn với thực hiện quy chế dân chủ trong cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập,"
                + " doanh nghiệp và ở cơ sở\" " + kind.period(year) + ", nhiệm vụ trọng tâm " + kind.nextPeriod(year);
        blocks.add(new ReportBlock.Title("BÁO CÁO"));
        blocks.add(new ReportBlock.Title(title));
        blocks.add(new ReportBlock.Centered("Kính gửi: " + (isBlank(writing.recipient()) ? letterhead.recipient()
                : writing.recipient().strip()) + "."));
        blocks.add(new ReportBlock.Paragraph(letterhead.reportingBody() + " báo cáo kết quả như sau:"));

        blocks.add(new ReportBlock.Heading("I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA"));
        blocks.add(new ReportBlock.Heading("1. Quán triệt các văn bản chỉ đạo thực hiện"));
        documentsInForce(blocks, facts);
        narrative(blocks, writing.directives());
        blocks.add(new ReportBlock.Heading("2. Kết quả triển khai thực hiện phong trào thi đua"));
        blocks.add(new ReportBlock.Heading("2.1. Việc ban hành các văn bản chỉ đạo, triển khai thực hiện phong trào"
                + " thi đua"));
        documentsIssued(blocks, facts);
        narrative(blocks, writing.documents());
        blocks.add(new ReportBlock.Heading("2.2. Việc xây dựng kế hoạch triển khai, phát động phong trào thi đua,"
                + " đăng ký các chỉ tiêu thi đua"));
        campaignsAndTargets(blocks, facts);
        narrative(blocks, writing.campaigns());
        blocks.add(new ReportBlock.Heading("2.3. Các biện pháp tổ chức thực hiện và nhân rộng điển hình tiên tiến"
                + " trên địa bàn"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Paragraph("- Nhân rộng mô hình: " + two(facts.replication().replicas())
                + " mô hình được nhân rộng từ " + two(facts.replication().replicatedModels()) + " mô hình."));
        exemplaryModels(blocks, facts.models());
        blocks.add(new ReportBlock.Heading("2.4. Việc rà soát, đăng ký các mô hình, điển hình \"Dân vận khéo\""));
        statisticsSection(blocks, facts.statistics());
        blocks.add(new ReportBlock.Heading("2.5. Công tác kiểm tra, giám sát việc thực hiện phong trào thi đua"));
        inspectionSection(blocks, facts);

        blocks.add(new ReportBlock.Heading("II. ĐÁNH GIÁ CHUNG"));
        blocks.add(new ReportBlock.Heading("1. Kết quả đạt được"));
        written(blocks, writing.results());
        blocks.add(new ReportBlock.Heading("2. Hạn chế, khuyết điểm"));
        written(blocks, writing.shortcomings());
        blocks.add(new ReportBlock.Heading("3. Nguyên nhân của những tồn tại, hạn chế"));
        written(blocks, writing.causes());
        blocks.add(new ReportBlock.Heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ "
                + kind.nextPeriod(year).toUpperCase(VIETNAMESE)));
        written(blocks, writing.directions());
        blocks.add(new ReportBlock.Paragraph(letterhead.reportingBody() + " trân trọng báo cáo./."));
        blocks.add(closing(letterhead));
        return withAnnex(new YearlyReport(kind.fileName(year, unit.code()), title, List.copyOf(blocks),
                facts.statistics(), listing(facts)), writing.annex());
    }

    /** The report with the subordinate units' submitted reports after the signature (none: the report as it is). */
    public static YearlyReport withAnnex(YearlyReport report, List<SubmittedReport> annex) {
        if (annex.isEmpty()) {
            return report;
        }
        List<ReportBlock> blocks = new ArrayList<>(report.blocks());
        annex(blocks, annex);
        return new YearlyReport(report.fileName(), report.title(), List.copyOf(blocks), report.statistics(),
                report.models());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The official's text as paragraphs, one per non-blank line. */
    private static List<ReportBlock> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .<ReportBlock>map(ReportBlock.Paragraph::new).toList();
    }

    /** A section only the official writes: his text, or the placeholder while he has written none. */
    private static void written(List<ReportBlock> blocks, String text) {
        if (isBlank(text)) {
            blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        } else {
            blocks.addAll(paragraphs(text));
        }
    }

    /** The official's narrative after what the data gave a section; it replaces the section's placeholder. */
    private static void narrative(List<ReportBlock> blocks, String text) {
        if (isBlank(text)) {
            return;
        }
        if (blocks.get(blocks.size() - 1) instanceof ReportBlock.Placeholder) {
            blocks.remove(blocks.size() - 1);
        }
        blocks.addAll(paragraphs(text));
    }

    /** The subordinate units' submitted reports, after the signature: the annex of an upper level's report. */
    private static void annex(List<ReportBlock> blocks, List<SubmittedReport> annex) {
        blocks.add(new ReportBlock.Heading("PHỤ LỤC: BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC ĐÃ GỬI"));
        List<List<String>> rows = annex.stream().map(report -> List.of(report.unitName(), date(report.submittedOn()),
                Integer.toString(report.version()), Long.toString(report.total()), Long.toString(report.collective()),
                Long.toString(report.individual()))).toList();
        blocks.add(new ReportBlock.Table(List.of("Đơn vị", "Ngày gửi", "Phiên bản", "Tổng số mô hình", "Tập thể",
                "Cá nhân"), rows));
    }

    /** "ngày 05 tháng 01 năm 2022": days below 10 and the months January and February with a leading zero. */
    static String dateLine(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + two(date.getDayOfMonth()) + " tháng " + (month <= 2 ? two(month) : Integer.toString(month))
                + " năm " + date.getYear();
    }

    private static ReportBlock.Closing closing(UnitLetterhead letterhead) {
        List<Line> left = new ArrayList<>();
        left.add(new Line("Nơi nhận:", Emphasis.BOLD_ITALIC, 12));
        letterhead.distribution().forEach(recipient -> left.add(new Line("- " + recipient, Emphasis.REGULAR, 11)));
        List<Line> right = new ArrayList<>();
        letterhead.signatureTitles().forEach(title -> right.add(new Line(title, Emphasis.BOLD, 13)));
        for (int space = 0; space < 4; space++) {
            right.add(new Line("", Emphasis.REGULAR, 13));
        }
        right.add(new Line(letterhead.signerName(), Emphasis.BOLD, 13));
        return new ReportBlock.Closing(List.copyOf(left), List.copyOf(right));
    }

    /** §I.1: the campaigns and plans of the levels above that are in force in the year. */
    private static void documentsInForce(List<ReportBlock> blocks, Facts facts) {
        List<CampaignSnapshot> fromAbove = facts.campaigns().stream()
                .filter(campaign -> inForce(campaign, facts.year()))
                .filter(campaign -> isAbove(campaign.issuingUnitPath(), facts.unit().path()))
                .sorted(Comparator.comparing(CampaignSnapshot::issuingUnitPath)
                        .thenComparing(YearlyReportComposer::documentDate, Comparator.nullsLast(
                                Comparator.naturalOrder())))
                .toList();
        if (fromAbove.isEmpty()) {
            blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
            return;
        }
        blocks.add(new ReportBlock.Paragraph(facts.letterhead().reportingBody() + " đã triển khai đến cán bộ, công"
                + " chức, viên chức, người lao động nội dung các văn bản:"));
        fromAbove.forEach(campaign -> blocks.add(new ReportBlock.Bullet(1, document(campaign)
                + " của " + issuer(campaign, facts.directory()) + " về " + campaign.name() + ";")));
    }

    /**
     * §2.1: the campaigns and plans the unit itself issued that are in force in the year (seed 004 quotes its 2021
     * plan for 2021–2025 in the 2022 report), and the inspection decisions it issued in the year.
     */
    private static void documentsIssued(List<ReportBlock> blocks, Facts facts) {
        List<String> issued = new ArrayList<>();
        facts.campaigns().stream()
                .filter(campaign -> facts.unit().code().equals(campaign.issuingUnitCode()))
                .filter(campaign -> inForce(campaign, facts.year()))
                .sorted(Comparator.comparing(YearlyReportComposer::documentDate, Comparator.nullsLast(
                        Comparator.naturalOrder())))
                .forEach(campaign -> issued.add(document(campaign) + " về " + campaign.name() + ";"));
        facts.plans().forEach(plan -> issued.add(decision(plan) + ";"));
        if (issued.isEmpty()) {
            blocks.add(new ReportBlock.Placeholder("(Chưa ghi nhận văn bản nào do đơn vị ban hành.)"));
            return;
        }
        blocks.add(new ReportBlock.Paragraph(facts.letterhead().reportingBody() + " đã ban hành:"));
        issued.forEach(line -> blocks.add(new ReportBlock.Bullet(1, line)));
    }

    /** §2.2: the campaigns in force at the unit with the targets for the year, and how many models were registered. */
    private static void campaignsAndTargets(List<ReportBlock> blocks, Facts facts) {
        List<CampaignSnapshot> inForce = facts.campaigns().stream()
                .filter(campaign -> inForce(campaign, facts.year()))
                .filter(campaign -> facts.unit().code().equals(campaign.issuingUnitCode())
                        || isAbove(campaign.issuingUnitPath(), facts.unit().path()))
                .sorted(Comparator.comparing(CampaignSnapshot::issuingUnitPath)
                        .thenComparing(CampaignSnapshot::id))
                .toList();
        for (CampaignSnapshot campaign : inForce) {
            blocks.add(new ReportBlock.Bullet(0, campaign.name() + " (" + document(campaign) + " của "
                    + issuer(campaign, facts.directory()) + ", giai đoạn " + campaign.startYear() + "-"
                    + campaign.endYear() + ")" + (targets(campaign, facts.year()).isEmpty() ? "." : ", chỉ tiêu:")));
            targets(campaign, facts.year()).forEach(target -> blocks.add(new ReportBlock.Bullet(1, target)));
        }
        blocks.add(new ReportBlock.Paragraph("Năm " + facts.year() + " trên địa bàn đã đăng ký "
                + facts.statistics().total() + " mô hình \"Dân vận khéo\" (chi tiết tại mục 2.4)."));
    }

    private static List<String> targets(CampaignSnapshot campaign, int year) {
        return campaign.targets() == null ? List.of() : campaign.targets().stream()
                .filter(target -> target.year() == null || target.year() == year)
                .map(target -> (target.description() == null || target.description().isBlank() ? ""
                        : target.description() + ": ") + "mỗi " + unitKind(target.appliesTo()) + " tối thiểu "
                        + target.minimumModels() + " mô hình"
                        + (target.level() == null ? "" : " " + target.level().label().toLowerCase(VIETNAMESE))
                        + (target.year() == null ? " mỗi năm" : " trong năm " + target.year()) + ";")
                .toList();
    }

    private static String unitKind(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "tỉnh";
            case DISTRICT -> "huyện";
            case COMMUNE -> "xã, phường, thị trấn";
            case AGENCY -> "cơ quan, đơn vị";
        };
    }

    /**
     * §2.3: the exemplary models — recognised, or with results recorded by a self-assessment or an evaluation — not
     * withdrawn or rejected, the highest income first.
     */
    private static void exemplaryModels(List<ReportBlock> blocks, List<ModelFigures> models) {
        List<ModelFigures> exemplary = models.stream()
                .filter(m -> m.model().status() != ModelStatus.WITHDRAWN && m.model().status() != ModelStatus.REJECTED)
                .filter(m -> !m.indicators().isEmpty() || m.model().status() == ModelStatus.RECOGNIZED)
                .sorted(Comparator.comparingDouble(YearlyReportComposer::income).reversed()
                        .thenComparing(m -> m.totalScore() == null ? 0.0 : -m.totalScore())
                        .thenComparing(m -> m.model().name()))
                .limit(EXEMPLARY_LIMIT).toList();
        if (exemplary.isEmpty()) {
            blocks.add(new ReportBlock.Placeholder("(Chưa có mô hình nào được công nhận hoặc ghi nhận kết quả trong"
                    + " năm.)"));
            return;
        }
        blocks.add(new ReportBlock.Paragraph("- Các mô hình tiêu biểu trên địa bàn:"));
        for (ModelFigures model : exemplary) {
            String figures = model.indicators().entrySet().stream()
                    .map(e -> label(e.getKey()) + ": " + number(e.getValue().value()))
                    .collect(Collectors.joining("; "));
            String score = model.totalScore() == null ? "" : "; điểm đánh giá " + decimal(model.totalScore());
            blocks.add(new ReportBlock.Bullet(1, model.model().name() + " - " + model.model().ownerName() + ", "
                    + model.model().address() + (figures.isEmpty() ? "" : ": " + figures) + score + "."));
        }
    }

    private static void statisticsSection(List<ReportBlock> blocks, ModelStatistics statistics) {
        blocks.add(new ReportBlock.Paragraph("Tổng số mô hình \"Dân vận khéo\": " + statistics.total()
                + " mô hình (tập thể " + statistics.collective() + " mô hình, cá nhân " + statistics.individual()
                + " mô hình), cụ thể:"));
        for (ManagementLevel level : ManagementLevel.values()) {
            ModelStatistics.LevelBreakdown breakdown = statistics.byLevel().get(level.name());
            blocks.add(new ReportBlock.Bullet(0, level.label() + " " + parts(breakdown.total(),
                    breakdown.collective(), breakdown.individual()) + (breakdown.total() > 0 ? ", trong đó:" : ".")));
            for (Field field : Field.values()) {
                ModelStatistics.Breakdown figures = breakdown.byField().get(field.name());
                if (figures.total() > 0) {
                    blocks.add(new ReportBlock.Bullet(1, "Lĩnh vực " + field.label().toLowerCase(VIETNAMESE)
                            + ": " + parts(figures.total(), figures.collective(), figures.individual()) + "."));
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ManagementLevel level : ManagementLevel.values()) {
            ModelStatistics.LevelBreakdown breakdown = statistics.byLevel().get(level.name());
            rows.add(List.of(level.label(), "", Long.toString(breakdown.total()),
                    Long.toString(breakdown.collective()), Long.toString(breakdown.individual())));
            for (Field field : Field.values()) {
                ModelStatistics.Breakdown figures = breakdown.byField().get(field.name());
                rows.add(List.of("", field.label(), Long.toString(figures.total()),
                        Long.toString(figures.collective()), Long.toString(figures.individual())));
            }
        }
        rows.add(List.of("Tổng cộng", "", Long.toString(statistics.total()), Long.toString(statistics.collective()),
                Long.toString(statistics.individual())));
        blocks.add(new ReportBlock.Table(List.of("Cấp", "Lĩnh vực", "Tổng số", "Tập thể", "Cá nhân"), rows));
    }

    /** "07 mô hình (06 tập thể; 01 cá nhân)", or only the part that exists: "13 mô hình tập thể". */
    public static String parts(long total, long collective, long individual) {
        if (collective > 0 && individual > 0) {
            return two(total) + " mô hình (" + two(collective) + " tập thể; " + two(individual) + " cá nhân)";
        }
        if (collective > 0) {
            return two(total) + " mô hình tập thể";
        }
        if (individual > 0) {
            return two(total) + " mô hình cá nhân";
        }
        return two(total) + " mô hình";
    }

    /**
     * §2.5: the decisions the unit issued and the units its own plans inspected — never an inspection of a plan
     * issued above it — grouped as seed 004 groups them, the unit itself left out.
     */
    private static void inspectionSection(List<ReportBlock> blocks, Facts facts) {
        String body = facts.letterhead().reportingBody();
        List<InspectionRecord> own = facts.inspections().stream()
                .filter(inspection -> facts.unit().path().equals(inspection.planUnitPath()))
                .filter(inspection -> !facts.unit().code().equals(inspection.unitCode()))
                .toList();
        if (facts.plans().isEmpty() && own.isEmpty()) {
            blocks.add(new ReportBlock.Placeholder("(Chưa có cuộc kiểm tra nào do đơn vị tiến hành trong năm "
                    + facts.year() + ".)"));
            return;
        }
        facts.plans().forEach(plan -> blocks.add(new ReportBlock.Paragraph("Năm " + facts.year() + " " + body
                + " ban hành " + decision(plan) + ".")));
        if (own.isEmpty()) {
            return;
        }
        blocks.add(new ReportBlock.Paragraph("Đến thời điểm báo cáo " + body
                + " thực hiện kiểm tra công tác dân chủ, dân vận, công tác thi đua - khen thưởng tại các cơ quan,"
                + " đơn vị sau:"));
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String group : List.of("Các xã", "Các trường", "Các cơ quan chuyên môn", "Các đơn vị khác")) {
            groups.put(group, new LinkedHashSet<>());
        }
        for (InspectionRecord inspection : own) {
            Optional<AdministrativeUnit> inspected = facts.directory().find(inspection.unitCode());
            String name = inspection.unitName() != null ? inspection.unitName()
                    : inspected.map(AdministrativeUnit::fullName).orElse(inspection.unitCode());
            groups.get(group(inspected)).add(name);
        }
        groups.forEach((group, names) -> {
            if (!names.isEmpty()) {
                blocks.add(new ReportBlock.Bullet(0, group + ": " + String.join(", ", names) + "."));
            }
        });
    }

    private static String group(Optional<AdministrativeUnit> unit) {
        if (unit.isEmpty()) {
            return "Các đơn vị khác";
        }
        return switch (unit.get().level()) {
            case COMMUNE -> "Các xã";
            case AGENCY -> unit.get().name().startsWith("Trường") ? "Các trường" : "Các cơ quan chuyên môn";
            default -> "Các đơn vị khác";
        };
    }

    private static List<YearlyReport.ModelListing> listing(Facts facts) {
        return facts.models().stream().map(ModelFigures::model)
                .sorted(Comparator.comparing((vn.dvk.contracts.registration.ModelSnapshot m) -> m.unitPath())
                        .thenComparing(m -> m.name()).thenComparing(m -> m.id()))
                .map(model -> new YearlyReport.ModelListing(
                        facts.directory().find(model.unitCode()).map(AdministrativeUnit::fullName)
                                .orElse(model.unitCode()),
                        model.name(), model.level() == null ? "" : model.level().label(),
                        model.field() == null ? "" : model.field().label(),
                        model.ownerType() == null ? "" : model.ownerType().label(),
                        model.status() == null ? "" : model.status().label(),
                        model.ownerName() == null ? "" : model.ownerName()))
                .toList();
    }

    private static boolean inForce(CampaignSnapshot campaign, int year) {
        return campaign.startYear() <= year && year <= campaign.endYear();
    }

    private static boolean isAbove(String issuingPath, String unitPath) {
        return issuingPath != null && !issuingPath.equals(unitPath)
                && UnitDirectory.pathIsWithin(unitPath, issuingPath);
    }

    private static LocalDate documentDate(CampaignSnapshot campaign) {
        return campaign.documentDate();
    }

    private static String document(CampaignSnapshot campaign) {
        return "Văn bản số " + (campaign.documentNumber() == null ? "…" : campaign.documentNumber())
                + (campaign.documentDate() == null ? "" : " ngày " + date(campaign.documentDate()));
    }

    private static String decision(IssuedPlan plan) {
        return "Quyết định số " + (plan.decisionNumber() == null ? "…" : plan.decisionNumber())
                + (plan.decisionDate() == null ? "" : " ngày " + date(plan.decisionDate()))
                + (plan.name() == null ? "" : " về " + plan.name());
    }

    private static String issuer(CampaignSnapshot campaign, UnitDirectory directory) {
        return directory.find(campaign.issuingUnitCode())
                .map(unit -> unit.level() == UnitLevel.AGENCY ? unit.fullName()
                        : "Ủy ban nhân dân " + UnitLetterhead.lowerFirst(unit.fullName()))
                .orElse(campaign.issuingUnitCode());
    }

    private static double income(ModelFigures model) {
        ModelFigures.Figure income = model.indicators().get(Indicator.INCOME_VND_PER_YEAR.name());
        return income == null ? 0 : income.value();
    }

    private static String label(String code) {
        return Arrays.stream(Indicator.values()).filter(i -> i.name().equals(code)).findFirst()
                .map(Indicator::label).orElse(code);
    }

    /** Vietnamese grouping: 1.000.000.000, decimals after a comma. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value).replace(',', '.');
        }
        return decimal(value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
    }

    private static String two(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }

    private static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
