package vn.dvk.reporting.document.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.Indicator;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.Replication;

/**
 * Lays out the yearly report in the shape of seed 004: the heading block, the figures and lists the system knows
 * (statistics of models §2.4, inspections §2.5, exemplary models with their figures §2.3) and placeholders for the
 * narrative people write.
 */
public final class YearlyReportComposer {

    private static final String PLACEHOLDER = "(Nội dung do đơn vị biên soạn.)";
    private static final int EXEMPLARY_LIMIT = 10;

    private YearlyReportComposer() {
    }

    /** The unit the report is written for. */
    public record ReportingUnit(String code, String name, String fullName) {
    }

    public static YearlyReport compose(ReportingUnit unit, int year, LocalDate today, ModelStatistics statistics,
                                       Replication replication, List<InspectionRecord> inspections,
                                       List<ModelFigures> models) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Title("ỦY BAN NHÂN DÂN " + unit.fullName().toUpperCase(new Locale("vi"))));
        blocks.add(new ReportBlock.Title("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        blocks.add(new ReportBlock.Centered("Độc lập - Tự do - Hạnh phúc"));
        blocks.add(new ReportBlock.Centered("Số:      /BC-UBND"));
        blocks.add(new ReportBlock.Centered(unit.name() + ", ngày " + today.getDayOfMonth() + " tháng "
                + today.getMonthValue() + " năm " + today.getYear()));
        String title = "Kết quả thực hiện phong trào thi đua \"Dân vận khéo\" và phong trào thi đua \"Dân vận khéo"
                + " gắn với thực hiện quy chế dân chủ trong cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập,"
                + " doanh nghiệp và ở cơ sở\" năm " + year + ", nhiệm vụ trọng tâm năm " + (year + 1);
        blocks.add(new ReportBlock.Title("BÁO CÁO"));
        blocks.add(new ReportBlock.Title(title));
        blocks.add(new ReportBlock.Placeholder("Kính gửi: " + PLACEHOLDER));

        blocks.add(new ReportBlock.Heading("I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA"));
        blocks.add(new ReportBlock.Heading("1. Quán triệt các văn bản chỉ đạo thực hiện"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Heading("2. Kết quả triển khai thực hiện phong trào thi đua"));
        blocks.add(new ReportBlock.Heading("2.1. Việc ban hành các văn bản chỉ đạo, triển khai thực hiện phong trào"
                + " thi đua"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Heading("2.2. Việc xây dựng kế hoạch triển khai, phát động phong trào thi đua,"
                + " đăng ký các chỉ tiêu thi đua"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Heading("2.3. Các biện pháp tổ chức thực hiện và nhân rộng điển hình tiên tiến"
                + " trên địa bàn"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Paragraph("- Nhân rộng mô hình: " + two(replication.replicas())
                + " mô hình được nhân rộng từ " + two(replication.replicatedModels()) + " mô hình."));
        exemplaryModels(blocks, models);
        blocks.add(new ReportBlock.Heading("2.4. Việc rà soát, đăng ký các mô hình, điển hình \"Dân vận khéo\""));
        statisticsSection(blocks, statistics);
        blocks.add(new ReportBlock.Heading("2.5. Công tác kiểm tra, giám sát việc thực hiện phong trào thi đua"));
        inspectionSection(blocks, year, inspections);

        blocks.add(new ReportBlock.Heading("II. ĐÁNH GIÁ CHUNG"));
        blocks.add(new ReportBlock.Heading("1. Kết quả đạt được"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Heading("2. Hạn chế, khuyết điểm"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Heading("3. Nguyên nhân của những tồn tại, hạn chế"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        blocks.add(new ReportBlock.Heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1)));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        String fullName = unit.fullName();
        blocks.add(new ReportBlock.Paragraph("Ủy ban nhân dân " + fullName.substring(0, 1)
                .toLowerCase(new Locale("vi")) + fullName.substring(1) + " trân trọng báo cáo./."));
        blocks.add(new ReportBlock.Heading("Nơi nhận:"));
        blocks.add(new ReportBlock.Placeholder(PLACEHOLDER));
        return new YearlyReport("bao-cao-nam-" + year + "-" + unit.code(), title, List.copyOf(blocks));
    }

    private static void exemplaryModels(List<ReportBlock> blocks, List<ModelFigures> models) {
        List<ModelFigures> exemplary = models.stream()
                .filter(m -> m.model().status() != ModelStatus.WITHDRAWN && m.model().status() != ModelStatus.REJECTED)
                .filter(m -> !m.indicators().isEmpty() || m.model().status() == ModelStatus.RECOGNIZED)
                .sorted(Comparator.comparingDouble(YearlyReportComposer::income).reversed()
                        .thenComparing(m -> m.totalScore() == null ? 0.0 : -m.totalScore())
                        .thenComparing(m -> m.model().name()))
                .limit(EXEMPLARY_LIMIT).toList();
        if (exemplary.isEmpty()) {
            blocks.add(new ReportBlock.Placeholder("(Chưa có mô hình nào ghi nhận kết quả bằng số liệu trong năm.)"));
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
            blocks.add(new ReportBlock.Bullet(0, level.label() + " " + two(breakdown.total()) + " mô hình ("
                    + two(breakdown.collective()) + " tập thể; " + two(breakdown.individual()) + " cá nhân)"
                    + (breakdown.total() > 0 ? ", trong đó:" : ".")));
            for (Field field : Field.values()) {
                ModelStatistics.Breakdown figures = breakdown.byField().get(field.name());
                if (figures.total() > 0) {
                    blocks.add(new ReportBlock.Bullet(1, "Lĩnh vực " + field.label().toLowerCase(new Locale("vi"))
                            + ": " + two(figures.total()) + " mô hình (" + two(figures.collective()) + " tập thể; "
                            + two(figures.individual()) + " cá nhân)."));
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
        Map<String, Long> statuses = new LinkedHashMap<>();
        statistics.byStatus().forEach((code, count) -> {
            if (count > 0) {
                statuses.put(ModelStatus.valueOf(code).label(), count);
            }
        });
        if (!statuses.isEmpty()) {
            blocks.add(new ReportBlock.Paragraph("Theo trạng thái: " + statuses.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")) + "."));
        }
    }

    private static void inspectionSection(List<ReportBlock> blocks, int year, List<InspectionRecord> inspections) {
        if (inspections.isEmpty()) {
            blocks.add(new ReportBlock.Placeholder("(Chưa có cuộc kiểm tra nào được ghi nhận trong năm " + year
                    + ".)"));
            return;
        }
        Set<String> decisions = inspections.stream().filter(i -> i.decisionNumber() != null)
                .map(i -> "Quyết định số " + i.decisionNumber() + (i.decisionDate() == null ? ""
                        : " ngày " + date(i.decisionDate())) + (i.planName() == null ? "" : " về " + i.planName()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        decisions.forEach(decision -> blocks.add(new ReportBlock.Paragraph("Năm " + year + " ban hành " + decision
                + ".")));
        blocks.add(new ReportBlock.Paragraph("Đến thời điểm báo cáo đã thực hiện kiểm tra tại các cơ quan, đơn vị"
                + " sau:"));
        for (InspectionRecord inspection : inspections) {
            blocks.add(new ReportBlock.Bullet(0, (inspection.unitName() == null ? inspection.unitCode()
                    : inspection.unitName()) + (inspection.inspectedOn() == null ? ""
                    : " (ngày " + date(inspection.inspectedOn()) + ")")));
        }
    }

    private static double income(ModelFigures model) {
        ModelFigures.Figure income = model.indicators().get(Indicator.INCOME_VND_PER_YEAR.name());
        return income == null ? 0 : income.value();
    }

    private static String label(String code) {
        return java.util.Arrays.stream(Indicator.values()).filter(i -> i.name().equals(code)).findFirst()
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
