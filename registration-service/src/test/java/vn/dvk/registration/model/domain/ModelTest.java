package vn.dvk.registration.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.domain.Rejection;

class ModelTest {

    private static final Instant MARCH = Instant.parse("2022-03-01T02:00:00Z");
    private static final ModelDetails TAI_NUNG_PEARS = new ModelDetails(2022, " 04096 ", ManagementLevel.GRASSROOTS,
            Field.ECONOMY, OwnerType.INDIVIDUAL, null, "  Mô hình trồng lê Tai nung ",
            "bản Cồn Huôt 1, xã Lóng Phiêng", "Chuyển đổi cây trồng trên đất dốc", "Hộ ông Nguyễn Hương Bông",
            "Nguyễn Hương Bông", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), " ", null);

    @Test
    void given_details_when_registered_then_text_is_trimmed_kind_defaults_and_version_is_one() {
        Model model = Model.register("m-1", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);

        assertThat(model.name()).isEqualTo("Mô hình trồng lê Tai nung");
        assertThat(model.unitCode()).isEqualTo("04096");
        assertThat(model.kind()).isEqualTo(ModelKind.MODEL);
        assertThat(model.campaignId()).isNull();
        assertThat(model.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(model.version()).isEqualTo(1);
        assertThat(model.snapshot().version()).isEqualTo(1);
        assertThat(model.searchText()).contains("mo hinh trong le tai nung").contains("nguyen huong bong");
        assertThat(model.history()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REGISTER");
            assertThat(entry.sequence()).isEqualTo(1);
        });
    }

    @Test
    void given_reversed_dates_when_registered_then_422_names_end_date() {
        ModelDetails reversed = new ModelDetails(2022, "04096", ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, "Tên", "Địa chỉ", "Nội dung", "Chủ", "Người phụ trách",
                LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1), null, null);

        assertThatThrownBy(() -> Model.register("m-2", reversed, "14/124/04096", "04096", MARCH))
                .isInstanceOfSatisfying(Rejection.class, problem -> {
                    assertThat(problem).isInstanceOf(Rejection.Unprocessable.class);
                    assertThat(problem.issues()).extracting(Rejection.FieldIssue::field)
                            .containsExactly("endDate");
                });
    }

    @Test
    void given_a_registered_model_when_returned_and_edited_then_each_change_adds_one_version_and_history_entry() {
        Model registered = Model.register("m-3", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);

        Model returned = registered.apply(ModelAction.RETURN, "Bổ sung số liệu", "Ban Dân vận", MARCH, "e-1");
        Model edited = returned.edit(TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);

        assertThat(returned.version()).isEqualTo(2);
        assertThat(returned.lastTransition().causedByEventId()).isEqualTo("e-1");
        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.status()).isEqualTo(ModelStatus.RETURNED);
        assertThat(edited.history()).extracting(Transition::action).containsExactly("REGISTER", "RETURN", "EDIT");
    }

    @Test
    void given_an_approved_model_when_edited_then_409_not_editable() {
        Model approved = Model.register("m-4", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH)
                .apply(ModelAction.APPROVE, null, "Ban Dân vận", MARCH, "e-2");

        assertThatThrownBy(() -> approved.edit(TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH))
                .isInstanceOfSatisfying(Rejection.class,
                        problem -> assertThat(problem.code()).isEqualTo("not-editable"));
    }

    @Test
    void given_vietnamese_text_when_folded_then_diacritics_case_and_d_bar_are_gone() {
        assertThat(SearchText.fold("  Trồng LÊ   Đồi  ")).isEqualTo("trong le doi");
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
