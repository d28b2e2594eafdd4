package vn.dvk.identity.unitdirectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;

class DirectoryCheckTest {

    private static final UnitDirectory IN_USE = DemoUnits.DIRECTORY;
    private static final UnitRow SON_LA = new UnitRow(2, "14", "PROVINCE", "Sơn La", "Tỉnh Sơn La", null);
    private static final UnitRow YEN_CHAU = new UnitRow(3, "124", "DISTRICT", "Yên Châu", "Huyện Yên Châu", "14");

    private static List<String> issues(DirectoryCheck.Outcome outcome) {
        return outcome.issues().stream().map(issue -> issue.row() + ":" + issue.field() + ":" + issue.message())
                .toList();
    }

    @Test
    void a_file_that_adds_a_commune_and_renames_a_district_keeps_the_units_it_leaves_out() {
        List<UnitRow> rows = List.of(SON_LA,
                new UnitRow(3, "124", "DISTRICT", "Yên Châu", "Huyện Yên Châu (mới)", "14"),
                new UnitRow(4, "04199", "COMMUNE", "Tú Nang", "Xã Tú Nang", "124"));

        DirectoryCheck.Outcome outcome = DirectoryCheck.check(rows, IN_USE);

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.fromFile()).isEqualTo(3);
        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.changed()).isEqualTo(1);
        assertThat(outcome.kept()).extracting(AdministrativeUnit::code).contains("04096", "125", "124.PNV")
                .doesNotContain("14", "124", "04199");
        assertThat(outcome.units()).hasSize(IN_USE.size() + 1);
        UnitDirectory published = UnitDirectory.of(outcome.units());
        assertThat(published.pathOf("04199")).contains("14/124/04199");
        assertThat(published.pathOf("04096")).contains("14/124/04096");
    }

    @Test
    void every_row_problem_is_named_with_its_row_and_column_and_nothing_is_decided() {
        List<UnitRow> rows = List.of(SON_LA, YEN_CHAU,
                new UnitRow(4, "124", "DISTRICT", "Yên Châu", "Huyện Yên Châu", "14"),
                new UnitRow(5, "04199", "XA", "Tú Nang", null, "124"),
                new UnitRow(6, "04106", "COMMUNE", "Chiềng Sàng", null, "999"),
                new UnitRow(7, "04107", "COMMUNE", null, null, "124"),
                new UnitRow(8, "Xã 1", "COMMUNE", "Xã Một", null, "124"),
                new UnitRow(9, "VN", "PROVINCE", "Việt Nam", null, null));

        DirectoryCheck.Outcome outcome = DirectoryCheck.check(rows, IN_USE);

        assertThat(outcome.isValid()).isFalse();
        assertThat(outcome.units()).isEmpty();
        assertThat(issues(outcome)).containsExactly(
                "4:code:mã đơn vị '124' trùng với dòng 3",
                "5:level:cấp đơn vị 'XA' không hợp lệ (PROVINCE, DISTRICT, COMMUNE hoặc AGENCY)",
                "6:parent_code:đơn vị cấp trên '999' không có trong tệp",
                "7:name:thiếu tên đơn vị",
                "8:code:mã đơn vị 'Xã 1' chỉ được gồm chữ không dấu, chữ số, dấu chấm và gạch nối",
                "9:code:mã 'VN' dành cho cả nước, không dùng cho một đơn vị");
    }

    @Test
    void levels_must_fit_their_parents() {
        List<UnitRow> rows = List.of(SON_LA, YEN_CHAU,
                new UnitRow(4, "04096", "COMMUNE", "Lóng Phiêng", null, "124"),
                new UnitRow(5, "04199", "COMMUNE", "Tú Nang", null, "04096"),
                new UnitRow(6, "15", "PROVINCE", "Yên Bái", null, "14"),
                new UnitRow(7, "126", "DISTRICT", "Mộc Châu", null, null));

        assertThat(issues(DirectoryCheck.check(rows, IN_USE))).containsExactly(
                "5:level:đơn vị cấp COMMUNE không thể trực thuộc đơn vị cấp COMMUNE '04096'",
                "6:level:đơn vị cấp PROVINCE không thể trực thuộc đơn vị cấp PROVINCE '14'",
                "7:parent_code:đơn vị cấp DISTRICT phải có mã đơn vị cấp trên");
    }

    @Test
    void parents_that_form_a_cycle_are_named_on_each_of_its_rows() {
        List<UnitRow> rows = List.of(SON_LA,
                new UnitRow(3, "124.A", "AGENCY", "Ban A", null, "124.B"),
                new UnitRow(4, "124.B", "DISTRICT", "Huyện B", null, "124.C"),
                new UnitRow(5, "124.C", "AGENCY", "Ban C", null, "124.A"));

        List<String> found = issues(DirectoryCheck.check(rows, IN_USE));

        assertThat(found).filteredOn(issue -> issue.contains("vòng")).hasSize(3)
                .allSatisfy(issue -> assertThat(issue).contains("124.A → 124.B → 124.C → 124.A"));
    }

    @Test
    void the_two_tier_layout_puts_communes_straight_under_their_province() {
        List<UnitRow> rows = List.of(SON_LA, new UnitRow(3, "04199", "COMMUNE", "Tú Nang", null, "14"));

        assertThat(DirectoryCheck.check(rows, IN_USE).isValid()).isTrue();
    }
}
