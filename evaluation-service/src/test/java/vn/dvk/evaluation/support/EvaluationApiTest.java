package vn.dvk.evaluation.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * The running service on the shared broker and store, with a client for its API and a reader of what it published;
 * every evaluation integration test extends it, so all of them share one Spring context.
 */
@DvkIntegrationTest
public abstract class EvaluationApiTest {

    protected static EvaluationTopic topic;

    @LocalServerPort
    protected int port;
    protected ServiceClient http;

    @BeforeAll
    static void openTopic() {
        topic = new EvaluationTopic();
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    @BeforeEach
    void client() {
        http = new ServiceClient(port);
    }

    /**
     * A member of the Steering Committee of {@code unitCode}: reviews and evaluations are his committee's, for the
     * models of its management level (a commune's for grassroots models).
     */
    protected ServiceClient committeeOf(String unitCode) {
        return http.as("bcd." + unitCode, unitCode, "STEERING_MEMBER");
    }
}
