package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.registration.model.ModelFixtures.taiNungPears;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.registration.support.Recognitions;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;

/** Replicas over the API: made from recognised models only, found by the list filter and under their source. */
class LineageApiTest extends RegistrationApiTest {

    private static final int YEAR = 2033;

    private String registered(String unitCode, String replicatedFrom) {
        ObjectNode body = taiNungPears(YEAR);
        body.put("unitCode", unitCode);
        body.put("replicatedFrom", replicatedFrom);
        ServiceClient.Reply reply = api.post("/api/v1/models", body.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    private static List<String> ids(ServiceClient.Reply page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }

    @Test
    void a_replica_of_a_merely_registered_model_is_refused_naming_its_status_and_nothing_is_stored() {
        String source = registered("04096", null);
        long before = stored(ModelDocument.class);
        ObjectNode replica = taiNungPears(YEAR);
        replica.put("unitCode", "04093");
        replica.put("replicatedFrom", source);

        ServiceClient.Reply refused = api.post("/api/v1/models", replica.toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("source-not-recognized");
        assertThat(refused.errorFields()).containsExactly("replicatedFrom");
        assertThat(refused.body()).contains("Đã đăng ký");
        assertThat(stored(ModelDocument.class)).isEqualTo(before);
    }

    @Test
    void the_replicas_of_a_recognized_model_are_listed_under_it_and_by_the_list_filter() {
        String pears = registered("04096", null);
        String plums = registered("04096", null);
        Recognitions.recognize(api, pears, YEAR);
        Recognitions.recognize(api, plums, YEAR);
        String inChiengHac = registered("04093", pears);
        String inLongPhieng = registered("04096", pears);
        String fromPlums = registered("04063", plums);
        registered("04063", null);

        assertThat(ids(api.get("/api/v1/models/" + pears + "/replicas")))
                .containsExactlyInAnyOrder(inChiengHac, inLongPhieng);
        assertThat(ids(api.as("yenchau.lanhdao", "124", "VIEWER").get("/api/v1/models/" + pears + "/replicas")))
                .containsExactlyInAnyOrder(inChiengHac, inLongPhieng);
        assertThat(ids(api.get("/api/v1/models?replicatedFrom=" + pears + "," + plums + "&size=200")))
                .containsExactlyInAnyOrder(inChiengHac, inLongPhieng, fromPlums);
        assertThat(ids(api.get("/api/v1/models?replicatedFrom=" + plums + "&replicatedFrom=" + pears
                + "&unit=04063"))).containsExactly(fromPlums);
        assertThat(ids(api.get("/api/v1/models/" + inChiengHac + "/replicas"))).isEmpty();
        assertThat(api.get("/api/v1/models/no-such-model/replicas").status()).isEqualTo(404);
    }

    @Test
    void a_clerk_of_another_commune_may_replicate_a_model_he_cannot_read() {
        String source = registered("04096", null);
        Recognitions.recognize(api, source, YEAR);
        ObjectNode replica = taiNungPears(YEAR);
        replica.put("unitCode", "04063");
        replica.put("replicatedFrom", source);
        ServiceClient chiengDong = api.as("chiengdong.canbo", "04063", "UNIT_CLERK");

        assertThat(chiengDong.get("/api/v1/models/" + source).status()).isEqualTo(404);
        ServiceClient.Reply created = chiengDong.post("/api/v1/models", replica.toString(), Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("replicatedFrom")).isEqualTo(source);
    }
}
