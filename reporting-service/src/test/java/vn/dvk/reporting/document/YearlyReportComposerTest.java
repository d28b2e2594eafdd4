package vn.dvk.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.document.domain.ReportBlock;
import vn.dvk.reporting.document.domain.ReportDate;
import vn.dvk.reporting.document.domain.ReportDeadlines;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.document.domain.UnitLetterhead;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.IssuedPlan;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.statistics.domain.Replication;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

/** The yearly report's content, composed without Spring: what each unit may claim, the letterhead and the date. */
class YearlyReportComposerTest {

    private static final int YEAR = 2022;
    private static final LocalDate YEAR_END = ReportDeadlines.SEED_001.of(ReportKind.YEARLY, YEAR);
    private static final LocalDate MID_YEAR = ReportDeadlines.SEED_001.of(ReportKind.MID_YEAR, YEAR);
    private static final IssuedPlan DECISION_81 = new IssuedPlan("plan-81", "kế hoạch kiểm tra công tác dân vận",
            "81/QĐ-UBND", LocalDate.of(YEAR, 1, 27));
    private static final IssuedPlan COMMUNE_PLAN = new IssuedPlan("plan-xa", "kế hoạch kiểm tra các trường",
            "12/QĐ-UBND", LocalDate.of(YEAR, 3, 2));

    /** The district's plan inspects a commune, a school and an agency; the commune's own plan inspects a school. */
    private static final List<InspectionRecord> INSPECTIONS = List.of(
            inspection("i1", "04102", "Ủy ban nhân dân xã Chiềng Tương", DECISION_81, "14/124"),
            inspection("i2", "04096", "Ủy ban nhân dân xã Lóng Phiêng", DECISION_81, "14/124"),
            inspection("i3", "04096.THCS", "Trường THCS Lóng Phiêng", DECISION_81, "14/124"),
            inspection("i4", "124.TTR", "Thanh tra huyện", DECISION_81, "14/124"),
            inspection("i5", "04096.THA", "Trường TH Lóng Phiêng A", COMMUNE_PLAN, "14/124/04096"));

    private static InspectionRecord inspection(String id, String unitCode, String unitName, IssuedPlan plan,
                                               String planUnitPath) {
        return new InspectionRecord(id, YEAR, "MID_YEAR", unitCode, DemoUnits.pathOf(unitCode), unitName, null,
                LocalDate.of(YEAR, 5, 12), plan.planId(), plan.name(), plan.decisionNumber(), plan.decisionDate(),
                planUnitPath);
    }

    private static YearlyReport report(String unitCode, List<IssuedPlan> plans, List<CampaignSnapshot> campaigns,
                                       List<ModelFigures> models) {
        return YearlyReportComposer.compose(facts(unitCode, plans, campaigns, models));
    }

    private static YearlyReportComposer.Facts facts(String unitCode, List<IssuedPlan> plans,
                                                    List<CampaignSnapshot> campaigns, List<ModelFigures> models) {
        AdministrativeUnit unit = DemoUnits.DIRECTORY.find(unitCode).orElseThrow();
        String path = DemoUnits.pathOf(unitCode);
        UnitLetterhead letterhead = UnitLetterhead.derivedFrom(unit,
                DemoUnits.DIRECTORY.find(unit.parentCode()).orElse(null));
        return new YearlyReportComposer.Facts(
                new YearlyReportComposer.ReportingUnit(unitCode, path, unit.name(), unit.fullName()), YEAR,
                LocalDate.of(YEAR, 11, 25), letterhead,
                StatisticsCalculator.compute(unitCode, YEAR, List.of(), EnumSet.noneOf(ModelStatus.class)),
                Replication.of(unitCode, YEAR, models.stream().map(ModelFigures::model).toList()),
                INSPECTIONS.stream().filter(i -> i.unitPath().startsWith(path)).toList(), plans, campaigns, models,
                DemoUnits.DIRECTORY);
    }

    private static String text(YearlyReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportBlock block : report.blocks()) {
            if (block instanceof ReportBlock.Letterhead letterhead) {
                letterhead.left().forEach(line -> lines.add(line.text()));
                letterhead.right().forEach(line -> lines.add(line.text()));
            } else if (block instanceof ReportBlock.Closing closing) {
                closing.left().forEach(line -> lines.add(line.text()));
                closing.right().forEach(line -> lines.add(line.text()));
            } else if (block instanceof ReportBlock.Title title) {
                lines.add(title.text());
            } else if (block instanceof ReportBlock.Centered centered) {
                lines.add(centered.text());
            } else if (block instanceof ReportBlock.Heading heading) {
                lines.add(heading.text());
            } else if (block instanceof ReportBlock.Paragraph paragraph) {
                lines.add(paragraph.text());
            } else if (block instanceof ReportBlock.Bullet bullet) {
                lines.add(bullet.text());
            } else if (block instanceof ReportBlock.Placeholder placeholder) {
                lines.add(placeholder.text());
            }
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Test
    void the_district_lists_its_decision_and_the_units_it_inspected_grouped_as_the_seed_groups_them() {
        String text = text(report("124", List.of(DECISION_81), List.of(), List.of()));

        assertThat(text).contains("Năm 2022 Ủy ban nhân dân huyện Yên Châu ban hành Quyết định số 81/QĐ-UBND ngày"
                        + " 27/01/2022 về kế hoạch kiểm tra công tác dân vận.",
                "Các xã: Ủy ban nhân dân xã Chiềng Tương, Ủy ban nhân dân xã Lóng Phiêng.",
                "Các trường: Trường THCS Lóng Phiêng.", "Các cơ quan chuyên môn: Thanh tra huyện.");
        assertThat(text).doesNotContain("Trường TH Lóng Phiêng A", "12/QĐ-UBND");
    }

    @Test
    void a_commune_report_lists_only_what_the_commune_did() {
        String text = text(report("04096", List.of(COMMUNE_PLAN), List.of(), List.of()));

        assertThat(text).contains("Quyết định số 12/QĐ-UBND", "Các trường: Trường TH Lóng Phiêng A.");
        assertThat(text).doesNotContain("81/QĐ-UBND", "Chiềng Tương", "Trường THCS Lóng Phiêng",
                "Các xã:");
    }

    @Test
    void a_province_report_does_not_claim_a_district_decision() {
        String text = text(report("14", List.of(), List.of(), List.of()));

        assertThat(text).doesNotContain("81/QĐ-UBND", "Chiềng Tương")
                .contains("(Chưa có cuộc kiểm tra nào do đơn vị tiến hành trong năm 2022.)");
    }

    @Test
    void the_campaigns_in_force_fill_the_directives_the_documents_issued_and_the_targets() {
        CampaignSnapshot province = new CampaignSnapshot("c-14", "14", "14", "Phong trào thi đua \"Dân vận khéo\"",
                "2674/QĐ-UBND", LocalDate.of(2021, 11, 2), 2021, 2025, null, List.of(), List.of(), 1);
        CampaignSnapshot district = new CampaignSnapshot("c-124", "124", "14/124",
                "thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn 2021-2025", "294/KH-UBND",
                LocalDate.of(2021, 11, 2), 2021, 2025, null, List.of(), List.of(new CampaignSnapshot.Target(
                        UnitLevel.COMMUNE, null, null, 2, "Đăng ký mô hình")), 1);

        String text = text(report("124", List.of(), List.of(province, district), List.of()));

        assertThat(text).contains("Văn bản số 2674/QĐ-UBND ngày 02/11/2021 của Ủy ban nhân dân tỉnh Sơn La về"
                        + " Phong trào thi đua \"Dân vận khéo\";",
                "Văn bản số 294/KH-UBND ngày 02/11/2021 về thực hiện phong trào thi đua",
                "Đăng ký mô hình: mỗi xã, phường, thị trấn tối thiểu 2 mô hình mỗi năm;");
        assertThat(text(report("04096", List.of(), List.of(province, district), List.of())))
                .contains("294/KH-UBND ngày 02/11/2021 của Ủy ban nhân dân huyện Yên Châu")
                .contains("(Chưa ghi nhận văn bản nào do đơn vị ban hành.)");
    }

    @Test
    void exemplary_models_are_the_recognised_ones_and_those_with_recorded_results() {
        ModelFigures withResults = new ModelFigures(ModelFixtures.aCollectiveModel().named("Mô hình trồng nhãn")
                .registered(), Map.of("INCOME_VND_PER_YEAR", new ModelFigures.Figure(500_000_000, "đồng/năm")), null);
        ModelFigures recognised = new ModelFigures(ModelFixtures.aCollectiveModel().named("Mô hình ghép nhãn")
                .withStatus(ModelStatus.RECOGNIZED).build(), Map.of(), null);
        ModelFigures plain = new ModelFigures(ModelFixtures.aCollectiveModel().named("Mô hình chưa có kết quả")
                .registered(), Map.of(), null);

        YearlyReport report = report("124", List.of(), List.of(), List.of(withResults, recognised, plain));

        assertThat(text(report)).contains("Mô hình trồng nhãn - Hộ ông Nguyễn Hương Bông, bản Cồn Huôt 1: Thu nhập"
                + " (đồng/năm): 500.000.000.", "Mô hình ghép nhãn - ").doesNotContain("Mô hình chưa có kết quả -");
        assertThat(report.models()).hasSize(3);
    }

    @Test
    void replication_counts_the_replicas_and_the_distinct_models_they_came_from() {
        List<ModelFigures> models = List.of(
                new ModelFigures(ModelFixtures.aCollectiveModel().identified("m-1").registered(), Map.of(), null),
                new ModelFigures(ModelFixtures.aCollectiveModel().identified("m-2").replicating("m-1").registered(),
                        Map.of(), null),
                new ModelFigures(ModelFixtures.aCollectiveModel().identified("m-3").replicating("m-1").registered(),
                        Map.of(), null),
                new ModelFigures(ModelFixtures.aCollectiveModel().identified("m-4").replicating("m-0").registered(),
                        Map.of(), null));

        YearlyReport report = report("124", List.of(), List.of(), models);

        assertThat(text(report)).contains("- Nhân rộng mô hình: 03 mô hình được nhân rộng từ 02 mô hình.");
    }

    @Test
    void the_letterhead_and_closing_come_from_the_unit_and_the_date_is_written_as_the_decree_writes_it() {
        YearlyReport report = report("04096", List.of(), List.of(), List.of());
        ReportBlock.Letterhead letterhead = (ReportBlock.Letterhead) report.blocks().get(0);
        ReportBlock.Closing closing = (ReportBlock.Closing) report.blocks().get(report.blocks().size() - 1);

        assertThat(letterhead.left()).extracting(ReportBlock.Line::text)
                .containsExactly("ỦY BAN NHÂN DÂN XÃ LÓNG PHIÊNG", "Số:      /BC-UBND");
        assertThat(letterhead.right()).extracting(ReportBlock.Line::text).containsExactly(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lóng Phiêng, ngày 25 tháng 11"
                        + " năm 2022");
        assertThat(text(report)).contains("Kính gửi: Ủy ban nhân dân huyện Yên Châu.",
                "Ủy ban nhân dân xã Lóng Phiêng trân trọng báo cáo./.");
        assertThat(closing.left()).extracting(ReportBlock.Line::text)
                .containsExactly("Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        assertThat(closing.right()).extracting(ReportBlock.Line::text)
                .startsWith("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH").endsWith("");
    }

    @Test
    void figures_say_only_the_part_that_exists() {
        assertThat(YearlyReportComposer.parts(13, 13, 0)).isEqualTo("13 mô hình tập thể");
        assertThat(YearlyReportComposer.parts(7, 6, 1)).isEqualTo("07 mô hình (06 tập thể; 01 cá nhân)");
        assertThat(YearlyReportComposer.parts(5, 0, 5)).isEqualTo("05 mô hình cá nhân");
    }

    @Test
    void the_report_date_is_the_officials_choice_within_the_year_and_the_next_and_defaults_to_the_deadline() {
        assertThat(ReportDate.choose("2022-11-25", YEAR, LocalDate.of(2026, 1, 1), YEAR_END))
                .isEqualTo("2022-11-25");
        assertThat(ReportDate.choose("2023-01-10", YEAR, LocalDate.of(2026, 1, 1), YEAR_END))
                .isEqualTo("2023-01-10");
        assertThat(ReportDate.choose(null, YEAR, LocalDate.of(2026, 1, 1), YEAR_END)).isEqualTo("2022-12-15");
        assertThat(ReportDate.choose("", YEAR, LocalDate.of(2022, 7, 20), YEAR_END)).isEqualTo("2022-07-20");
        assertThatThrownBy(() -> ReportDate.choose("2024-01-01", YEAR, LocalDate.of(2026, 1, 1), YEAR_END))
                .isInstanceOf(Rejection.class).hasMessageContaining("2022");
        assertThatThrownBy(() -> ReportDate.choose("25/11/2022", YEAR, LocalDate.of(2026, 1, 1), YEAR_END))
                .isInstanceOf(Rejection.class);
    }

    @Test
    void what_the_official_writes_replaces_the_placeholders_and_follows_the_data_of_its_section() {
        YearlyReportComposer.Writing writing = new YearlyReportComposer.Writing(ReportKind.YEARLY,
                "Ban Chỉ đạo phong trào thi đua \"Dân vận khéo\" huyện Yên Châu", null,
                "Ban hành Kế hoạch số 05/KH-UBND ngày 10/01/2022.", null, "Hoàn thành 100% chỉ tiêu.\n\nVượt kế hoạch.",
                null, null, "Tiếp tục nhân rộng mô hình.", List.of());

        YearlyReport report = YearlyReportComposer.compose(facts("04096", List.of(), List.of(), List.of()), writing);
        String text = text(report);

        assertThat(text).contains("Kính gửi: Ban Chỉ đạo phong trào thi đua \"Dân vận khéo\" huyện Yên Châu.",
                "Ban hành Kế hoạch số 05/KH-UBND ngày 10/01/2022.", "Hoàn thành 100% chỉ tiêu.\nVượt kế hoạch.",
                "Tiếp tục nhân rộng mô hình.");
        assertThat(text).doesNotContain("(Chưa ghi nhận văn bản nào do đơn vị ban hành.)");
        assertThat(text.split("\\(Nội dung do đơn vị biên soạn\\.\\)", -1)).as("placeholders left: I.1, 2.3, II.2,"
                + " II.3").hasSize(5);
        assertThat(report.fileName()).isEqualTo("bao-cao-nam-2022-04096");
    }

    @Test
    void a_mid_year_report_names_the_first_six_months_and_the_tasks_of_the_last_six() {
        YearlyReport report = YearlyReportComposer.compose(facts("04096", List.of(), List.of(), List.of()),
                YearlyReportComposer.Writing.none(ReportKind.MID_YEAR));
        String text = text(report);

        assertThat(report.title()).contains("6 tháng đầu năm 2022, nhiệm vụ trọng tâm 6 tháng cuối năm 2022");
        assertThat(text).contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022");
        assertThat(report.fileName()).isEqualTo("bao-cao-6-thang-2022-04096");
    }

    @Test
    void an_upper_levels_report_can_carry_its_subordinates_submitted_reports_as_an_annex() {
        YearlyReportComposer.Writing writing = new YearlyReportComposer.Writing(ReportKind.YEARLY, null, null, null,
                null, null, null, null, null, List.of(new YearlyReportComposer.SubmittedReport("Xã Lóng Phiêng",
                        LocalDate.of(YEAR, 12, 10), 3, 7, 6, 1)));

        List<ReportBlock> blocks = YearlyReportComposer.compose(facts("124", List.of(), List.of(), List.of()),
                writing).blocks();

        assertThat(blocks.get(blocks.size() - 2)).isEqualTo(new ReportBlock.Heading(
                "PHỤ LỤC: BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC ĐÃ GỬI"));
        assertThat(blocks.get(blocks.size() - 1)).isEqualTo(new ReportBlock.Table(List.of("Đơn vị", "Ngày gửi",
                "Phiên bản", "Tổng số mô hình", "Tập thể", "Cá nhân"),
                List.of(List.of("Xã Lóng Phiêng", "10/12/2022", "3", "7", "6", "1"))));
    }

    @Test
    void a_six_month_report_is_dated_by_default_on_its_deadline_25_july() {
        assertThat(ReportDate.choose(null, YEAR, LocalDate.of(2026, 1, 1), MID_YEAR))
                .isEqualTo(LocalDate.of(YEAR, 7, 25));
        assertThat(ReportDate.choose(null, YEAR, LocalDate.of(YEAR, 3, 2), MID_YEAR))
                .isEqualTo(LocalDate.of(YEAR, 3, 2));
    }
}
