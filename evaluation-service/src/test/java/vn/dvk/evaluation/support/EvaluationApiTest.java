package vn.dvk.evaluation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

    /** Registration published a campaign of Yên Châu (124) with this id, and evaluation-service now knows it. */
    protected void campaignOfYenChau(String campaignId) {
        RegistrationFeed.campaignPublished(campaignId, "124", "14/124");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/api/v1/known-campaigns/" + campaignId).status() == 200);
    }

    /**
     * The inspection before a year-end verdict (seed 001 §V, step 5): the committee of the model's unit publishes a
     * year-end plan of {@code year} targeting the model, and its team inspects it on 10 December. Returns the plan's
     * id, for the evaluation to cite. The self-assessments the verdict also needs are each test's own.
     */
    protected String yearEndInspection(String modelId, String unitCode, int year) {
        ServiceClient committee = committeeOf(unitCode);
        ServiceClient.Reply plan = committee.post("/api/v1/inspection-plans", """
                {"year": %d, "round": "YEAR_END", "name": "Kiểm tra cuối năm %d mô hình %s",
                 "issuingUnitCode": "%s", "targets": [{"modelId": "%s", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 1",
                            "members": [{"name": "Lò Văn Minh", "role": "HEAD"},
                                        {"name": "Cầm Thị Hoa", "role": "MEMBER"}]}]}"""
                .formatted(year, year, modelId, unitCode, modelId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String planId = plan.json().at("/plan/id").asString();
        ServiceClient.Reply inspection = committee.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "%d-12-10", "findings": "Mô hình thực hiện đúng kế hoạch"}"""
                .formatted(year));
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        return planId;
    }
}
