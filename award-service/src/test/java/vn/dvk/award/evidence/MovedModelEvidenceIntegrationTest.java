package vn.dvk.award.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.dvk.award.AwardServiceApplication;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * Award instances of two communes on the real broker and store with default settings: a person's recognised model
 * edited from {@code 04096} into {@code 04063} leaves the evidence of {@code 04096}'s instance (the owner's
 * eligibility there no longer names it) and enters {@code 04063}'s; an instance of {@code 04096} replaying the topics
 * from the start ends the same way.
 */
class MovedModelEvidenceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final String MODEL_NAME = "Trồng lê Tai nung theo chuỗi giá trị";

    private static ScopedInstance left;
    private static ScopedInstance entered;

    @BeforeAll
    static void start_the_instances_of_the_two_communes() {
        left = ScopedInstance.startWithStoreDefaults(AwardServiceApplication.class, "04096");
        entered = ScopedInstance.startWithStoreDefaults(AwardServiceApplication.class, "04063");
    }

    @AfterAll
    static void stop() {
        entered.close();
        left.close();
    }

    @Test
    void a_model_moved_between_communes_leaves_the_old_commune_s_evidence_live_and_on_replay() {
        ServiceClient clerk = left.http().as("longphieng.canbo", "04096", "UNIT_CLERK");
        ServiceClient council = left.http().as("longphieng.hdtdkt", "04096", "COUNCIL_MEMBER");
        String campaign = vn.dvk.award.support.Evidence.yenChauCampaign();
        ServiceClient.Reply person = clerk.post("/api/v1/people", """
                {"fullName": "Lò Văn Pọm", "dateOfBirth": "1970-03-12", "unitCode": "04096",
                 "position": "Nông dân"}""");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        String owner = person.text("id");
        String model = vn.dvk.award.support.Evidence.personsModel(owner, "Lò Văn Pọm", "04096", "14/124/04096",
                2024, MODEL_NAME, ModelStatus.RECOGNIZED, null);

        String proposal = await().atMost(PATIENCE).pollInterval(POLL).until(() -> clerk.post("/api/v1/proposals", """
                {"campaignId": "%s", "occasion": "FINAL", "year": 2025, "formCode": "GIAY_KHEN_CHU_TICH_UBND_XA",
                 "proposingUnitCode": "04096", "nominees": [{"recipientType": "INDIVIDUAL", "personId": "%s"}]}"""
                .formatted(campaign, owner)), reply -> reply.status() == 201).text("id");
        JsonNode before = await("the owner's recognised model counts").atMost(PATIENCE).pollInterval(POLL)
                .until(() -> modelLine(council.get("/api/v1/proposals/" + proposal + "/eligibility").json()),
                        line -> line.path("outcome").asString().equals("NEEDS_JUDGEMENT"));
        assertThat(before.path("explanation").asString()).contains(MODEL_NAME);

        String move = vn.dvk.award.support.Evidence.personsModelMoved(model, owner, "Lò Văn Pọm", "04063",
                "14/124/04063", "14/124/04096", 2024, MODEL_NAME, ModelStatus.RECOGNIZED);

        JsonNode after = await("the moved model no longer counts at 04096").atMost(PATIENCE).pollInterval(POLL)
                .until(() -> modelLine(council.get("/api/v1/proposals/" + proposal + "/eligibility").json()),
                        line -> line.path("outcome").asString().equals("MISSING_EVIDENCE"));
        assertThat(after.toString()).doesNotContain(MODEL_NAME);
        assertThat(evidence(left).model(model)).isEmpty();
        await("04063's instance holds the model").atMost(PATIENCE).pollInterval(POLL)
                .until(() -> evidence(entered).model(model).map(ModelRecord::unitPath).orElse(""),
                        "14/124/04063"::equals);
        assertThat(evidence(entered).modelsOwnedBy(owner)).extracting(ModelRecord::version).containsExactly(6L);

        try (ScopedInstance replay = ScopedInstance.start(AwardServiceApplication.class, "04096",
                "--spring.cloud.stream.bindings.registrationEvents-in-0.group=award-04096-replay-" + model,
                "--spring.cloud.stream.bindings.evaluationEvents-in-0.group=award-04096-replay-" + model)) {
            MongoTemplate store = replay.context().getBean(MongoTemplate.class);
            await("the replay has applied the move").atMost(PATIENCE).pollInterval(POLL).until(() ->
                    store.exists(Query.query(Criteria.where("eventId").is(move).and("state").is("APPLIED")),
                            Document.class, "processed_events"));
            assertThat(evidence(replay).model(model)).isEmpty();
            assertThat(evidence(replay).modelsOwnedBy(owner)).isEmpty();
            assertThat(evidence(replay).campaign(campaign)).isPresent();
        }
    }

    private static Evidence evidence(ScopedInstance instance) {
        return instance.context().getBean(Evidence.class);
    }

    /** The result of the model criterion on the only nominee's sheet, or a missing node. */
    private static JsonNode modelLine(JsonNode sheets) {
        for (JsonNode line : sheets.path(0).path("lines")) {
            if (line.path("result").path("code").asString().equals("MODEL_RECOGNIZED")) {
                return line.path("result");
            }
        }
        return sheets.path("absent");
    }
}
