package vn.dvk.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.DemoUnits;

class DatedUnitsTest {

    private final DatedUnits province = new DatedUnits(new InstanceScope(DemoUnits.DIRECTORY, "14"),
            DemoUnits.HISTORY);

    @Test
    void the_year_alone_reads_04075_as_the_old_town_in_2022() {
        UnitSelection selected = province.select("unit", "04075", "asOf", null, "2022");

        assertThat(selected).isEqualTo(new UnitSelection("04075", "14/124/04075"));
    }

    @Test
    void as_of_2026_04075_is_the_new_commune_with_the_six_old_communes() {
        UnitSelection selected = province.select("unit", "04075", "asOf", "2026-01-01", "2022");

        assertThat(selected.path()).isEqualTo("14/04075");
        assertThat(selected.paths()).containsExactly("14/04075", "14/124/04063", "14/124/04066", "14/124/04069",
                "14/124/04072", "14/124/04075", "14/124/04090");
    }

    @Test
    void a_district_named_for_a_year_after_the_reorganisation_without_a_date_is_read_where_its_records_are() {
        UnitSelection selected = province.select("unit", "124", "asOf", null, "2043");

        assertThat(selected).isEqualTo(new UnitSelection("124", "14/124"));
    }

    @Test
    void without_a_date_a_reused_code_keeps_the_meaning_its_records_are_registered_under_in_any_year() {
        UnitSelection selected = province.select("unit", "04075", "asOf", null, "2026");

        assertThat(selected).isEqualTo(new UnitSelection("04075", "14/124/04075"));
    }

    @Test
    void a_district_on_a_date_after_its_abolition_is_not_found_naming_the_field() {
        assertThatThrownBy(() -> province.select("unit", "124", "asOf", "2026-01-01", "2022"))
                .isInstanceOfSatisfying(Rejection.NotFound.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo("unknown-unit-on-date");
                    assertThat(rejection.getMessage()).contains("124", "01/01/2026");
                    assertThat(rejection.issues()).extracting(Rejection.FieldIssue::field).containsExactly("unit");
                });
    }

    @Test
    void a_malformed_date_is_invalid_input_naming_the_field() {
        assertThatThrownBy(() -> province.select("unit", "04075", "asOf", "01/01/2026", "2022"))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, rejection -> assertThat(rejection.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("asOf"));
    }

    @Test
    void a_district_instance_does_not_read_a_new_commune_whose_records_lie_partly_outside_it() {
        DatedUnits district = new DatedUnits(new InstanceScope(DemoUnits.DIRECTORY, "124"), DemoUnits.HISTORY);

        assertThatThrownBy(() -> district.select("unit", "04075", "asOf", "2026-01-01", "2022"))
                .isInstanceOf(Rejection.OutOfScope.class);
    }
}
