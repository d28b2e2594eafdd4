package vn.dvk.registration.campaign.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvk.registration.model.ModelFixtures.taiNungPears;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.registration.RegistrationServiceApplication;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * A district instance and a commune instance of registration on one broker and store: the commune keeps the plans the
 * district issues, so its officials register their models under them; a plan of another district stays away.
 */
class CampaignsFlowDownTest {

    private static ScopedInstance districtInstance;
    private static ScopedInstance communeInstance;
    private static ScopedInstance otherDistrictInstance;

    @BeforeAll
    static void start_district_and_commune_instances() {
        districtInstance = ScopedInstance.startWithStoreDefaults(RegistrationServiceApplication.class, "124");
        otherDistrictInstance = ScopedInstance.startWithStoreDefaults(RegistrationServiceApplication.class, "125");
        communeInstance = ScopedInstance.startWithStoreDefaults(RegistrationServiceApplication.class, "04096");
    }

    @AfterAll
    static void stop() {
        communeInstance.close();
        otherDistrictInstance.close();
        districtInstance.close();
    }

    @Test
    void a_commune_sees_the_district_plan_and_registers_its_model_under_it() {
        ServiceClient district = districtInstance.http();
        ServiceClient commune = communeInstance.http();
        ServiceClient.Reply published = district.post("/api/v1/campaigns", """
                {"issuingUnitCode": "124", "name": "Kế hoạch thực hiện phong trào Dân vận khéo huyện Yên Châu",
                 "documentNumber": "294/KH-UBND", "documentDate": "2021-11-02", "startYear": 2021, "endYear": 2025,
                 "targets": [{"appliesTo": "COMMUNE", "level": null, "year": null, "minimumModels": 1,
                              "description": "Mỗi xã ít nhất 1 mô hình/năm"}]}
                """);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        String plan = published.json().path("id").asString();
        String otherPlan = otherDistrictInstance.http().post("/api/v1/campaigns", """
                {"issuingUnitCode": "125", "name": "Kế hoạch Dân vận khéo huyện Mai Sơn",
                 "documentNumber": "17/KH-UBND", "documentDate": "2021-12-01", "startYear": 2021, "endYear": 2025}
                """).json().path("id").asString();

        await().atMost(Duration.ofSeconds(90)).until(() -> commune.get("/api/v1/campaigns/" + plan).status() == 200);
        assertThat(commune.get("/api/v1/campaigns/" + plan).json().path("targets").get(0).path("minimumModels")
                .asInt()).isEqualTo(1);
        assertThat(commune.get("/api/v1/campaigns?unit=04096&year=2023").json().valueStream()
                .map(campaign -> campaign.path("id").asString())).contains(plan);
        ObjectNode model = taiNungPears(2023);
        model.put("campaignId", plan);
        ServiceClient.Reply registered = commune.post("/api/v1/models", model.toString());

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("campaignId").asString()).isEqualTo(plan);
        assertThat(commune.get("/api/v1/campaigns/" + otherPlan).status()).isEqualTo(404);
        assertThat(communeInstance.context().getEnvironment().getProperty("spring.mongodb.database"))
                .isEqualTo("dvk_registration-service_04096");
    }
}
