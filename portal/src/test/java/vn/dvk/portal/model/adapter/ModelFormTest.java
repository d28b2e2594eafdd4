package vn.dvk.portal.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelFormTest {

    @Test
    void dates_are_read_as_the_browser_sends_them_or_as_officials_type_them() {
        ModelForm form = new ModelForm();
        form.setYear(" 2022 ");
        form.setStartDate("2022-01-15");
        form.setEndDate("31/12/2022");

        assertThat(form.unreadable()).isEmpty();
        assertThat(form.toDraft().year()).isEqualTo(2022);
        assertThat(form.toDraft().startDate()).isEqualTo(LocalDate.of(2022, 1, 15));
        assertThat(form.toDraft().endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void what_cannot_be_read_is_named_by_field_in_vietnamese() {
        ModelForm form = new ModelForm();
        form.setYear("năm nay");
        form.setStartDate("31/02/2022");

        assertThat(form.unreadable())
                .containsEntry("year", "'năm nay' không phải là năm")
                .containsEntry("startDate", "'31/02/2022' không phải ngày (dd/mm/yyyy)")
                .doesNotContainKey("endDate");
    }

    @Test
    void blank_choices_are_left_to_the_service_to_name() {
        ModelForm form = new ModelForm();
        form.setLevel(" ");
        form.setName("Cà phê Nà Sành");

        assertThat(form.unreadable()).isEmpty();
        assertThat(form.toDraft().level()).isNull();
        assertThat(form.toDraft().name()).isEqualTo("Cà phê Nà Sành");
    }
}
