package vn.dvk.registration.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;

class LifecycleTest {

    /**
     * The allowed transitions as the issues state them (issue 17 adds the cancellations of a review or a verdict by
     * its level), written out independently of the implementation.
     */
    private static final Map<ModelStatus, Map<ModelAction, ModelStatus>> ALLOWED = Map.of(
            ModelStatus.REGISTERED, Map.of(ModelAction.APPROVE, ModelStatus.APPROVED,
                    ModelAction.RETURN, ModelStatus.RETURNED, ModelAction.REJECT, ModelStatus.REJECTED,
                    ModelAction.WITHDRAW, ModelStatus.WITHDRAWN),
            ModelStatus.RETURNED, Map.of(ModelAction.RESUBMIT, ModelStatus.REGISTERED,
                    ModelAction.WITHDRAW, ModelStatus.WITHDRAWN, ModelAction.CANCEL_REVIEW, ModelStatus.REGISTERED),
            ModelStatus.APPROVED, Map.of(ModelAction.START_IMPLEMENTATION, ModelStatus.IN_PROGRESS,
                    ModelAction.WITHDRAW, ModelStatus.WITHDRAWN, ModelAction.CANCEL_REVIEW, ModelStatus.REGISTERED),
            ModelStatus.IN_PROGRESS, Map.of(ModelAction.RECOGNIZE, ModelStatus.RECOGNIZED,
                    ModelAction.NOT_RECOGNIZE, ModelStatus.NOT_RECOGNIZED,
                    ModelAction.WITHDRAW, ModelStatus.WITHDRAWN),
            ModelStatus.REJECTED, Map.of(ModelAction.CANCEL_REVIEW, ModelStatus.REGISTERED),
            ModelStatus.RECOGNIZED, Map.of(ModelAction.CANCEL_VERDICT, ModelStatus.IN_PROGRESS),
            ModelStatus.NOT_RECOGNIZED, Map.of(ModelAction.CANCEL_VERDICT, ModelStatus.IN_PROGRESS),
            ModelStatus.WITHDRAWN, Map.of());

    static Stream<Arguments> every_status_and_action() {
        List<Arguments> pairs = new ArrayList<>();
        for (ModelStatus status : ModelStatus.values()) {
            for (ModelAction action : ModelAction.values()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("every_status_and_action")
    void given_a_status_when_an_action_is_applied_then_it_moves_as_the_table_says_or_is_refused(
            ModelStatus from, ModelAction action) {
        ModelStatus expected = ALLOWED.get(from).get(action);

        if (expected != null) {
            assertThat(Lifecycle.next(from, action)).isEqualTo(expected);
            assertThat(Lifecycle.target(from, action)).contains(expected);
        } else {
            assertThat(Lifecycle.target(from, action)).isEmpty();
            assertThatThrownBy(() -> Lifecycle.next(from, action))
                    .isInstanceOfSatisfying(Rejection.class, problem -> {
                        assertThat(problem).isInstanceOf(Rejection.Conflict.class)
                                .isInstanceOf(IllegalTransition.class);
                        assertThat(problem.code()).isEqualTo("illegal-transition");
                        assertThat(problem.issues()).extracting(Rejection.FieldIssue::field)
                                .containsExactly("status");
                        assertThat(problem.getMessage()).contains(from.label());
                    });
        }
    }

    @Test
    void given_the_table_then_it_names_every_status_of_the_catalogue() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ModelStatus.class));
    }

    @Test
    void given_each_status_then_only_the_four_open_ones_can_be_withdrawn_and_only_two_can_be_edited() {
        assertThat(EnumSet.allOf(ModelStatus.class).stream().filter(Lifecycle::isOpen))
                .containsExactlyInAnyOrder(ModelStatus.REGISTERED, ModelStatus.RETURNED, ModelStatus.APPROVED,
                        ModelStatus.IN_PROGRESS);
        assertThat(Lifecycle.EDITABLE).containsExactlyInAnyOrder(ModelStatus.REGISTERED, ModelStatus.RETURNED);
    }
}
