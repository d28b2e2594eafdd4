package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.registration.model.ModelFixtures.taiNungPears;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.registration.support.Recognitions;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;

class ModelApiTest extends RegistrationApiTest {

    private long storedModels() {
        return stored(ModelDocument.class);
    }

    private ServiceClient.Reply register(ObjectNode body) {
        return api.post("/api/v1/models", body.toString());
    }

    /** Sends a bad request and checks the answer is a 4xx problem naming the field, and nothing was stored. */
    private ServiceClient.Reply assertRefused(ServiceClient.Reply reply, long before, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.errorFields()).as(reply.body()).contains(field);
        }
        assertThat(storedModels()).isEqualTo(before);
        return reply;
    }

    @Test
    void a_valid_registration_is_created_with_location_etag_status_path_and_version() {
        ServiceClient.Reply reply = register(taiNungPears(2022));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode model = reply.json();
        String id = model.path("id").asString();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/models/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(model.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(model.path("unitPath").asString()).isEqualTo("14/124/04096");
        assertThat(model.path("version").asLong()).isEqualTo(1);
        assertThat(model.path("kind").asString()).isEqualTo("MODEL");
        assertThat(model.path("createdAt").asString()).isNotBlank();
        assertThat(model.path("content").asString()).startsWith("Chuyển đổi cây trồng");

        ServiceClient.Reply fetched = api.get("/api/v1/models/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().path("name").asString()).isEqualTo("Mô hình trồng lê Tai nung");
    }

    @Test
    void kind_defaults_to_model_and_text_is_trimmed() {
        ObjectNode body = taiNungPears(2022);
        body.remove("kind");
        body.put("name", "   Mô hình ghép nhãn   ");

        JsonNode model = register(body).json();

        assertThat(model.path("kind").asString()).isEqualTo("MODEL");
        assertThat(model.path("name").asString()).isEqualTo("Mô hình ghép nhãn");
    }

    @Test
    void malformed_json_is_400_and_stores_nothing() {
        long before = storedModels();
        ServiceClient.Reply reply = api.post("/api/v1/models", "{\"year\": 2022, \"unitCode\": ");
        assertRefused(reply, before, 400, null);
        assertThat(reply.json().path("code").asString()).isEqualTo("malformed-body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "unitCode", "level", "field", "ownerType", "name", "address", "content",
            "ownerName", "personInCharge", "startDate", "endDate"})
    void each_missing_required_field_is_400_naming_it(String field) {
        long before = storedModels();
        ObjectNode body = taiNungPears(2022);
        body.remove(field);
        assertRefused(register(body), before, 400, field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unitCode", "name", "address", "content", "ownerName", "personInCharge"})
    void each_blank_text_field_is_400_naming_it(String field) {
        long before = storedModels();
        ObjectNode body = taiNungPears(2022);
        body.put(field, "   ");
        assertRefused(register(body), before, 400, field);
    }

    @Test
    void an_unknown_code_is_400_naming_the_field() {
        long before = storedModels();
        ObjectNode body = taiNungPears(2022);
        body.put("level", "COMMUNE");
        assertRefused(register(body), before, 400, "level");
    }

    @Test
    void reversed_dates_are_422_naming_end_date() {
        long before = storedModels();
        ObjectNode body = taiNungPears(2022);
        body.put("startDate", "2022-12-31");
        body.put("endDate", "2022-01-01");
        assertRefused(register(body), before, 422, "endDate");
    }

    @Test
    void an_unknown_unit_is_422_and_a_unit_outside_the_scope_is_403() {
        long before = storedModels();
        ObjectNode unknown = taiNungPears(2022);
        unknown.put("unitCode", "99999");
        assertThat(assertRefused(register(unknown), before, 422, "unitCode").json().path("code").asString())
                .isEqualTo("unknown-unit");

        ObjectNode maiSon = taiNungPears(2022);
        maiSon.put("unitCode", "04105");
        assertThat(assertRefused(register(maiSon), before, 403, "unitCode").json().path("code").asString())
                .isEqualTo("out-of-scope");
    }

    @Test
    void oversize_text_is_400_naming_the_field() {
        long before = storedModels();
        Map<String, Integer> limits = Map.of("name", 300, "content", 10_000, "address", 500, "ownerName", 500,
                "personInCharge", 500);
        limits.forEach((field, max) -> {
            ObjectNode tooLong = taiNungPears(2022);
            tooLong.put(field, "x".repeat(max + 1));
            assertRefused(register(tooLong), before, 400, field);
        });
        ObjectNode longest = taiNungPears(2022);
        longest.put("name", "x".repeat(300));
        assertThat(register(longest).status()).isEqualTo(201);
    }

    @Test
    void the_same_idempotency_key_with_the_same_body_answers_with_the_first_model_and_with_another_body_is_409() {
        String key = UUID.randomUUID().toString();
        ObjectNode body = taiNungPears(2022);
        ServiceClient.Reply first = api.post("/api/v1/models", body.toString(), Map.of("Idempotency-Key", key));
        long after = storedModels();

        ServiceClient.Reply replay = api.post("/api/v1/models", body.toString(), Map.of("Idempotency-Key", key));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(storedModels()).isEqualTo(after);

        body.put("name", "Mô hình khác");
        ServiceClient.Reply reused = api.post("/api/v1/models", body.toString(), Map.of("Idempotency-Key", key));
        assertRefused(reused, after, 409, "Idempotency-Key");
        assertThat(reused.json().path("code").asString()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void a_stale_or_missing_version_on_edit_is_refused_and_changes_nothing() {
        JsonNode created = register(taiNungPears(2022)).json();
        String id = created.path("id").asString();
        ObjectNode edit = taiNungPears(2022);
        edit.put("name", "Mô hình trồng lê Tai nung (bổ sung)");

        ServiceClient.Reply edited = api.put("/api/v1/models/" + id, edit.toString(), Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("version").asLong()).isEqualTo(2);
        assertThat(edited.header("ETag")).isEqualTo("\"2\"");

        edit.put("name", "Tên đè lên");
        ServiceClient.Reply stale = api.put("/api/v1/models/" + id, edit.toString(), Map.of("If-Match", "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("code").asString()).isEqualTo("stale-version");
        assertThat(stale.errorFields()).containsExactly("If-Match");

        ServiceClient.Reply missing = api.put("/api/v1/models/" + id, edit.toString(), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("If-Match");

        JsonNode stored = api.get("/api/v1/models/" + id).json();
        assertThat(stored.path("name").asString()).isEqualTo("Mô hình trồng lê Tai nung (bổ sung)");
        assertThat(stored.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void a_withdrawn_model_can_be_neither_withdrawn_again_nor_edited() {
        String id = register(taiNungPears(2022)).json().path("id").asString();
        ServiceClient.Reply withdrawn = api.as("longphieng.canbo", "04096", "UNIT_CLERK").post(
                "/api/v1/models/" + id + "/withdrawal", "{\"reason\": \"Hộ gia đình chuyển đi nơi khác\"}",
                Map.of("X-Dvk-Actor", URLEncoder.encode("UBND xã Lóng Phiêng", StandardCharsets.UTF_8)));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");

        ServiceClient.Reply again = api.post("/api/v1/models/" + id + "/withdrawal", "{\"reason\": \"Lần nữa\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("illegal-transition");
        assertThat(again.errorFields()).containsExactly("status");

        ServiceClient.Reply edit = api.put("/api/v1/models/" + id, taiNungPears(2022).toString(), Map.of("If-Match", "2"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().path("code").asString()).isEqualTo("not-editable");

        ServiceClient.Reply noReason = api.post("/api/v1/models/" + id + "/withdrawal", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");

        List<JsonNode> history = api.get("/api/v1/models/" + id + "/history").json().valueStream().toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("action").asString()).isEqualTo("WITHDRAW");
        assertThat(history.get(1).path("by").asString())
                .as("who acted comes from the token; the X-Dvk-Actor header is ignored")
                .isEqualTo("Cán bộ longphieng.canbo (longphieng.canbo)");
        assertThat(history.get(1).path("reason").asString()).isEqualTo("Hộ gia đình chuyển đi nơi khác");
        assertThat(history.get(1).path("sequence").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/models/" + id).json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void a_replica_needs_an_existing_source() {
        long before = storedModels();
        ObjectNode orphan = taiNungPears(2022);
        orphan.put("replicatedFrom", "no-such-model");
        assertRefused(register(orphan), before, 422, "replicatedFrom");

        String source = register(taiNungPears(2022)).json().path("id").asString();
        Recognitions.recognize(api, source, 2022);
        ObjectNode replica = taiNungPears(2023);
        replica.put("unitCode", "04093");
        replica.put("replicatedFrom", source);
        ServiceClient.Reply created = register(replica);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("replicatedFrom").asString()).isEqualTo(source);
    }

    @Test
    void a_year_outside_the_campaign_period_is_422_naming_year_and_an_unknown_campaign_names_campaign_id() {
        String campaign = api.post("/api/v1/campaigns", """
                {"issuingUnitCode": "04096", "name": "Kế hoạch Dân vận khéo xã Lóng Phiêng 2022-2023",
                 "documentNumber": "12/KH-UBND", "documentDate": "2022-01-10", "startYear": 2022, "endYear": 2023}
                """).json().path("id").asString();
        long before = storedModels();
        ObjectNode late = taiNungPears(2024);
        late.put("campaignId", campaign);
        assertRefused(register(late), before, 422, "year");

        ObjectNode unknown = taiNungPears(2022);
        unknown.put("campaignId", "no-such-campaign");
        assertRefused(register(unknown), before, 422, "campaignId");

        ObjectNode inside = taiNungPears(2023);
        inside.put("campaignId", campaign);
        assertThat(register(inside).status()).isEqualTo(201);
    }

    @Test
    void the_openapi_document_describes_every_registry_endpoint() {
        String docs = api.get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/models/{id}/withdrawal", "/api/v1/models/{id}/history",
                "/api/v1/models:import", "/api/v1/models:import-template", "/api/v1/campaigns/{id}",
                "Đăng ký mô hình / Register a model");
    }

    @Test
    void an_unknown_model_is_404() {
        ServiceClient.Reply reply = api.get("/api/v1/models/no-such-model");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("code").asString()).isEqualTo("not-found");
    }

    @Test
    void the_list_filters_by_subtree_and_codes_searches_without_diacritics_and_pages() {
        int year = 2030;
        ObjectNode pears = taiNungPears(year);
        register(pears);
        ObjectNode longan = taiNungPears(year);
        longan.put("unitCode", "04093");
        longan.put("name", "Mô hình ghép nhãn, trồng chuối");
        longan.put("ownerName", "Hộ ông Nguyễn Văn Bình");
        register(longan);
        ObjectNode school = taiNungPears(year);
        school.put("unitCode", "04096.THCS");
        school.put("field", "CULTURE_SOCIETY");
        school.put("ownerType", "COLLECTIVE");
        school.put("name", "Vận động học sinh đến trường");
        register(school);
        ObjectNode district = taiNungPears(year);
        district.put("unitCode", "124.HND");
        district.put("level", "DISTRICT");
        district.put("name", "Hội Nông dân giúp nhau phát triển kinh tế");
        register(district);

        assertThat(api.get("/api/v1/models?year=" + year).json().path("total").asLong()).isEqualTo(4);
        assertThat(api.get("/api/v1/models?year=" + year + "&unit=124").json().path("total").asLong()).isEqualTo(4);
        assertThat(api.get("/api/v1/models?year=" + year + "&unit=04096").json().path("total").asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/models?year=" + year + "&unit=04096.THCS").json().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/models?year=" + year + "&field=CULTURE_SOCIETY").json().path("total")
                .asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/models?year=" + year + "&level=DISTRICT").json().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/models?year=" + year + "&ownerType=COLLECTIVE").json().path("total")
                .asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/models?year=" + year + "&status=REGISTERED&status=APPROVED").json()
                .path("total").asLong()).isEqualTo(4);
        assertThat(api.get("/api/v1/models?year=" + year + "&status=APPROVED").json().path("total").asLong())
                .isZero();

        JsonNode found = api.get("/api/v1/models?year=" + year + "&q=trong%20le").json();
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("name").asString()).isEqualTo("Mô hình trồng lê Tai nung");
        assertThat(api.get("/api/v1/models?year=" + year + "&q=GHEP%20NHAN").json().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/models?year=" + year + "&q=nong%20dan").json().path("total").asLong())
                .isEqualTo(1);

        JsonNode page = api.get("/api/v1/models?year=" + year + "&page=1&size=3").json();
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("items").size()).isEqualTo(1);
    }

    @Test
    void bad_list_parameters_are_4xx_problems_naming_them() {
        assertThat(api.get("/api/v1/models?size=0").errorFields()).containsExactly("size");
        assertThat(api.get("/api/v1/models?page=-1").errorFields()).containsExactly("page");
        assertThat(api.get("/api/v1/models?field=FARMING").errorFields()).containsExactly("field");
        assertThat(api.get("/api/v1/models?year=abc").errorFields()).containsExactly("year");
        ServiceClient.Reply unknownUnit = api.get("/api/v1/models?unit=99999");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.errorFields()).containsExactly("unit");
    }
}
