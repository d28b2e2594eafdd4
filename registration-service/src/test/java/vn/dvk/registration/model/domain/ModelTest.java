package vn.dvk.registration.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.registration.model.ModelFixtures.aTaiNungPearModel;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.text.SearchText;

class ModelTest {

    private static final Instant MARCH = Instant.parse("2022-03-01T02:00:00Z");
    private static final ModelDetails TAI_NUNG_PEARS = aTaiNungPearModel().inUnit(" 04096 ")
            .named("  Mô hình trồng lê Tai nung ").ofKind(null).inCampaign(" ").details();

    @Test
    void given_details_when_registered_then_text_is_trimmed_kind_defaults_and_version_is_one() {
        Model model = Model.register("m-1", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);

        assertThat(model.details().name()).isEqualTo("Mô hình trồng lê Tai nung");
        assertThat(model.details().unitCode()).isEqualTo("04096");
        assertThat(model.details().kind()).isEqualTo(ModelKind.MODEL);
        assertThat(model.details().campaignId()).isNull();
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
        ModelDetails reversed = aTaiNungPearModel()
                .running(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1)).details();

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
                        problem -> assertThat(problem.code()).isEqualTo("not-editable"))
                .isInstanceOf(NotEditable.class)
                .isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void given_a_withdrawn_model_when_approved_then_the_lifecycle_refuses_with_an_illegal_transition() {
        Model withdrawn = Model.register("m-5", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH)
                .apply(ModelAction.WITHDRAW, "Dừng", "04096", MARCH, null);

        assertThatThrownBy(() -> withdrawn.apply(ModelAction.APPROVE, null, "Ban Dân vận", MARCH, "e-3"))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining(ModelStatus.WITHDRAWN.label());
    }

    @Test
    void given_vietnamese_text_when_folded_then_diacritics_case_and_d_bar_are_gone() {
        assertThat(SearchText.fold("  Trồng LÊ   Đồi  ")).isEqualTo("trong le doi");
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void given_a_model_edited_after_the_decided_version_when_a_decision_arrives_then_it_is_refused() {
        Model registered = Model.register("m-v", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);
        Model edited = registered.edit(TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);

        assertThatThrownBy(() -> edited.requireUneditedSince(1L))
                .isInstanceOfSatisfying(IllegalTransition.class, refused -> assertThat(refused.getMessage())
                        .contains("phiên bản 1", "phiên bản 2"));
    }

    @Test
    void given_only_status_changes_or_no_version_named_when_a_decision_arrives_then_it_passes() {
        Model registered = Model.register("m-w", TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);
        Model edited = registered.edit(TAI_NUNG_PEARS, "14/124/04096", "04096", MARCH);
        Model approved = edited.apply(ModelAction.APPROVE, "Phù hợp", "Ban Dân vận", MARCH, "e-1");

        assertThatCode(() -> approved.requireUneditedSince(2L)).doesNotThrowAnyException();
        assertThatCode(() -> approved.requireUneditedSince(null)).doesNotThrowAnyException();
    }
}
