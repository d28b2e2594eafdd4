package vn.dvk.registration.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;

/** From which model a replica may be made: recognised ones only, never itself, never closing a cycle. */
class LineageTest {

    private final Map<String, Lineage.Link> registry = new HashMap<>();

    private LineageTest model(String id, ModelStatus status, String replicatedFrom) {
        registry.put(id, new Lineage.Link(id, status, replicatedFrom));
        return this;
    }

    private void check(String replica, String source) {
        Lineage.check(replica, source, id -> Optional.ofNullable(registry.get(id)));
    }

    private static void assertRefused(Runnable check, String code, String detailPart) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(Rejection.Unprocessable.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.field()).isEqualTo("replicatedFrom");
                assertThat(issue.message()).contains(detailPart);
            });
        });
    }

    @Test
    void given_a_recognized_source_when_replicated_then_allowed() {
        model("source", ModelStatus.RECOGNIZED, null);

        assertThatCode(() -> check("replica", "source")).doesNotThrowAnyException();
    }

    @Test
    void given_a_source_that_is_not_recognized_when_replicated_then_refused_with_its_status() {
        model("registered", ModelStatus.REGISTERED, null).model("rejected", ModelStatus.REJECTED, null)
                .model("withdrawn", ModelStatus.WITHDRAWN, null).model("approved", ModelStatus.APPROVED, null)
                .model("not-recognized", ModelStatus.NOT_RECOGNIZED, null);

        assertRefused(() -> check("replica", "registered"), "source-not-recognized", "Đã đăng ký");
        assertRefused(() -> check("replica", "rejected"), "source-not-recognized", "Không phê duyệt");
        assertRefused(() -> check("replica", "withdrawn"), "source-not-recognized", "Đã rút");
        assertRefused(() -> check("replica", "approved"), "source-not-recognized", "công nhận");
        assertRefused(() -> check("replica", "not-recognized"), "source-not-recognized", "Không được công nhận");
    }

    @Test
    void given_no_model_with_the_id_when_replicated_then_refused_as_unknown() {
        assertRefused(() -> check("replica", "no-such-model"), "unknown-model", "no-such-model");
    }

    @Test
    void given_the_model_itself_when_replicated_then_refused() {
        model("a", ModelStatus.RECOGNIZED, null);

        assertRefused(() -> check("a", "a"), "invalid-replica", "chính nó");
    }

    @Test
    void given_b_replicated_from_a_when_a_is_to_replicate_b_then_the_cycle_is_refused() {
        model("a", ModelStatus.RETURNED, null).model("b", ModelStatus.RECOGNIZED, "a");

        assertRefused(() -> check("a", "b"), "replication-cycle", "vòng lặp");
    }

    @Test
    void given_a_longer_chain_back_to_the_replica_when_replicated_then_the_cycle_is_refused() {
        model("a", ModelStatus.RETURNED, null).model("b", ModelStatus.RECOGNIZED, "a")
                .model("c", ModelStatus.RECOGNIZED, "b").model("d", ModelStatus.RECOGNIZED, "c");

        assertRefused(() -> check("a", "d"), "replication-cycle", "vòng lặp");
        assertThatCode(() -> check("e", "d")).as("a model outside the chain may replicate its end")
                .doesNotThrowAnyException();
    }

    @Test
    void given_a_chain_already_looping_without_the_replica_when_followed_then_the_walk_ends() {
        model("x", ModelStatus.RECOGNIZED, "y").model("y", ModelStatus.RECOGNIZED, "x");

        assertThatCode(() -> check("replica", "x")).doesNotThrowAnyException();
    }
}
