package vn.dvk.registration.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.registration.model.ModelFixtures;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.AccessTable;
import vn.dvk.testsupport.AccessTable.Body;
import vn.dvk.testsupport.ServiceClient;

/**
 * Who may call what on registration-service (the Yên Châu instance, 124): every endpoint of its OpenAPI, sent by an
 * official of each role from the commune that owns the data (Lóng Phiêng, 04096), a sibling commune (Chiềng Đông,
 * 04063), the district itself (124), the province above the instance (14), another district outside it (Mai Sơn,
 * 125), and without a token. Clerks register, edit, withdraw and import models of their subtree; the Steering
 * Committee issues campaigns for its subtree; everyone reads within his subtree: another subtree's model is not found
 * and lists never show it; a campaign is seen by its subtree and the units below its issuer.
 */
class RegistrationAccessTableTest extends RegistrationApiTest {

    private static final int YEAR = 2031;

    /** Rows run in this order: each edit and withdrawal succeeds once, in the last row that names its record. */
    private static final String TABLE = """
            | request                                                          | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
            |------------------------------------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
            | GET /api/v1/audit                                                | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/audit/verification                                   | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/catalog                                              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/catalog                                              | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/models <model-04096>                                | 04096 | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models <model-04096>                                | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models <model-04096>                                | 124   | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models <model-04096>                                | 14    | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models <model-04096>                                | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/models?unit=04096&year=${year}                       | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models?unit=04096&year=${year}                       | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/models?unit=04096&year=${year}                       | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models?unit=04096&year=${year}                       | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/models?year=${year}                                  | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models?year=${year}                                  | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models?year=${year}                                  | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/models/${model-04096}                                | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}                                | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}                                | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}                                | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}                                | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${missing}                                    | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/history                        | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/history                        | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/history                        | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/history                        | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/commendations                  | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/commendations                  | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/commendations                  | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/commendations                  | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/refused-decisions              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/refused-decisions              | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/refused-decisions              | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/replicas                       | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/replicas                       | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${model-04096}/replicas                       | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models/${model-04096}/replicas                       | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/models/${missing}/replicas                           | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | PUT /api/v1/models/${model-04096} <edit-04096>                   | 04063 | 401  | 404   | 403      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/models/${model-04096} <edit-04096>                   | 125   | 401  | 404   | 403      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/models/${model-04096} <edit-04096>                   | 04096 | 401  | 200   | 403      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/models/${district-edit-04096} <edit-district>        | 124   | 401  | 200   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models/${withdrawn-04096}/withdrawal <withdrawal>   | 04063 | 401  | 404   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models/${withdrawn-04096}/withdrawal <withdrawal>   | 125   | 401  | 404   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models/${withdrawn-04096}/withdrawal <withdrawal>   | 04096 | 401  | 200   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/models:import-template                               | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/models:import-template                               | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/models:import <sheet-04096>                         | 04096 | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models:import <sheet-04096>                         | 04063 | 401  | 422   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/models:import <sheet-04096>                         | 125   | 401  | 422   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/campaigns <campaign-04096>                          | 04096 | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/campaigns <campaign-04096>                          | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/campaigns <campaign-04096>                          | 124   | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/campaigns <campaign-04096>                          | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/campaigns?unit=04096&year=${year}                    | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns?unit=04096&year=${year}                    | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/campaigns?unit=04096&year=${year}                    | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns?year=${year}                               | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns?year=${year}                               | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/campaigns/${campaign-124}                            | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns/${campaign-124}                            | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns/${campaign-124}                            | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/campaigns/${campaign-04096}                          | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/campaigns/${campaign-04096}                          | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns/${campaign-04096}                          | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | PUT /api/v1/campaigns/${campaign-124} <campaign-124-edit>        | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/campaigns/${campaign-124} <campaign-124-edit>        | 125   | 401  | 403   | 404      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/campaigns/${campaign-124} <campaign-124-edit>        | 124   | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            """;

    private static final String IMPORT_HEADER = "Năm,Mã đơn vị,Cấp quản lý,Lĩnh vực,Tập thể/Cá nhân,Loại,Tên mô hình,"
            + "Địa chỉ,Nội dung,Chủ mô hình,Người phụ trách,Ngày bắt đầu,Ngày kết thúc";

    private static String model(String name) {
        ObjectNode body = ModelFixtures.taiNungPears(YEAR);
        body.put("name", name);
        return body.toString();
    }

    private static String campaign(String issuingUnitCode, String name) {
        return """
                {"issuingUnitCode": "%s", "name": "%s", "documentNumber": "ACL/KH-UBND", "documentDate": "%d-01-10",
                 "startYear": %d, "endYear": %d,
                 "targets": [{"appliesTo": "COMMUNE", "level": "GRASSROOTS", "year": null, "minimumModels": 1,
                              "description": "Mỗi xã ít nhất 01 mô hình"}]}"""
                .formatted(issuingUnitCode, name, YEAR, YEAR, YEAR);
    }

    private static final Map<String, Body> BODIES = Map.of(
            "model-04096", Body.json(model("Mô hình trồng lê của bảng quyền truy cập")),
            "edit-04096", Body.json(model("Mô hình trồng lê (sửa đổi)")).header("If-Match", "1"),
            "edit-district", Body.json(model("Mô hình trồng lê (huyện sửa)")).header("If-Match", "1"),
            "withdrawal", Body.json("{\"reason\": \"Hộ gia đình chuyển đi nơi khác\"}"),
            "sheet-04096", Body.file("dang-ky.csv", (IMPORT_HEADER + "\n" + YEAR + ",04096,GRASSROOTS,ECONOMY,"
                    + "Tập thể,MODEL,Mô hình nhập của bảng quyền truy cập,bản Cồn Huôt,Nội dung,Tổ hợp tác,"
                    + "Lò Văn Nhập,01/01/" + YEAR + "," + YEAR + "-12-31\n").getBytes(StandardCharsets.UTF_8),
                    "text/csv"),
            "campaign-04096", Body.json(campaign("04096", "Kế hoạch của xã Lóng Phiêng")),
            "campaign-124-edit", Body.json(campaign("124", "Kế hoạch của huyện Yên Châu (sửa đổi)"))
                    .header("If-Match", "1"));

    /** The id a creating request answered with. */
    private static String created(ServiceClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    /** Three models of Lóng Phiêng (one read and edited, one edited by the district, one withdrawn) and campaigns. */
    private AccessTable.Fixtures prepare() {
        String run = UUID.randomUUID().toString();
        ServiceClient clerk = api.as("longphieng.canbo", "04096", "UNIT_CLERK");
        ServiceClient district = api.as("yenchau.bcd", "124", "STEERING_MEMBER");
        ServiceClient commune = api.as("longphieng.bcd", "04096", "STEERING_MEMBER");
        return new AccessTable.Fixtures()
                .fact("model-04096", created(clerk.post("/api/v1/models", model("Mô hình đọc " + run))),
                        "14/124/04096")
                .fact("district-edit-04096", created(clerk.post("/api/v1/models", model("Mô hình sửa " + run))),
                        "14/124/04096")
                .fact("withdrawn-04096", created(clerk.post("/api/v1/models", model("Mô hình rút " + run))),
                        "14/124/04096")
                .reference("campaign-124", created(district.post("/api/v1/campaigns",
                        campaign("124", "Kế hoạch của huyện Yên Châu " + run))), "14/124")
                .reference("campaign-04096", created(commune.post("/api/v1/campaigns",
                        campaign("04096", "Kế hoạch của xã Lóng Phiêng " + run))), "14/124/04096")
                .value("year", String.valueOf(YEAR))
                .value("missing", "acl-missing-" + run);
    }

    @Test
    void every_endpoint_answers_each_role_of_each_unit_as_the_table_says_and_leaks_nothing() {
        AccessTable table = AccessTable.parse(TABLE).assertCovers(api);
        AccessTable.Fixtures fixtures = prepare();

        table.assertAnswers(api, fixtures, BODIES, DemoUnits::pathOf);

        assertThat(table.cases()).isGreaterThanOrEqualTo(300);
    }
}
