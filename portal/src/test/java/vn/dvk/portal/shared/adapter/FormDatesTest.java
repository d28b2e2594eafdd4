package vn.dvk.portal.shared.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/** The date field's reading: dd/mm/yyyy as typed, ISO as a script sends it, anything else said beside the field. */
class FormDatesTest {

    @Test
    void a_date_typed_day_first_is_read_and_shown_back_day_first() {
        assertThat(FormDates.read("22/03/2022")).contains(LocalDate.of(2022, 3, 22));
        assertThat(FormDates.read(" 5/1/2022 ")).contains(LocalDate.of(2022, 1, 5));
        assertThat(FormDates.read("2022-03-22")).contains(LocalDate.of(2022, 3, 22));
        assertThat(FormDates.shown(LocalDate.of(2022, 1, 5))).isEqualTo("05/01/2022");
    }

    @Test
    void a_month_first_or_impossible_date_is_no_date_and_names_its_field() {
        assertThat(FormDates.unreadable("03/22/2022")).isTrue();
        assertThat(FormDates.unreadable("31/02/2022")).isTrue();
        assertThat(FormDates.unreadable("")).isFalse();
        assertThat(FormDates.field("periodStart", " ")).isNull();

        assertThatThrownBy(() -> FormDates.field("periodStart", "03/22/2022"))
                .isInstanceOfSatisfying(ServiceRefusal.class, refusal -> assertThat(
                        refusal.problem().messageFor("periodStart"))
                        .contains("'03/22/2022' không phải ngày (dd/mm/yyyy)"));
    }
}
