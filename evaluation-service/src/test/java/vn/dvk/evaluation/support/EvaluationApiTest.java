package vn.dvk.evaluation.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.platform.person.application.PersonDirectory;
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
    @Autowired
    protected PersonDirectory people;

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
     * Registers a person of a commune of Yên Châu as award-service would, and waits until evaluation-service knows
     * him; the id is new on every call.
     */
    protected String registeredPerson(String fullName, LocalDate dateOfBirth, String communeCode,
                                      String household) {
        String id = "person-" + UUID.randomUUID();
        PersonFeed.registered(PersonFeed.person(id, fullName, dateOfBirth, communeCode, household));
        Awaitility.await("person " + fullName + " known").atMost(Duration.ofSeconds(60))
                .until(() -> people.find(id).isPresent());
        return id;
    }

    /**
     * A member of the Steering Committee of {@code unitCode}: reviews and evaluations are his committee's, for the
     * models of its management level (a commune's for grassroots models).
     */
    protected ServiceClient committeeOf(String unitCode) {
        return http.as("bcd." + unitCode, unitCode, "STEERING_MEMBER");
    }
}
