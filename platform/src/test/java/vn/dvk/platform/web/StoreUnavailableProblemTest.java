package vn.dvk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A store that does not answer is a 503 the client retries with its key, never a 500 claiming nothing changed. */
class StoreUnavailableProblemTest {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void a_connection_to_the_store_cut_while_a_write_waits_for_its_answer_is_a_503_to_retry_with_the_same_key() {
        ResponseEntity<Object> answer = handler.storeUnavailable(
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress()));

        assertStoreUnavailable(answer);
    }

    @Test
    void no_store_to_select_within_the_timeout_is_a_503_too() {
        ResponseEntity<Object> answer = handler.storeUnavailable(new DataAccessResourceFailureException(
                "Timed out while waiting for a server that matches WritableServerSelector"));

        assertStoreUnavailable(answer);
    }

    private static void assertStoreUnavailable(ResponseEntity<Object> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "store-unavailable");
        assertThat(problem.getDetail()).contains("có thể chưa được lưu", "cùng khóa Idempotency-Key");
    }
}
