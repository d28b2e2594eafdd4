package vn.dvk.registration.model;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.testsupport.ServiceClient;

/** Named request bodies for model tests. */
public final class ModelFixtures {

    private ModelFixtures() {
    }

    /** The Tai nung pear model of seed 004 §2.3, as the contract's example registers it. */
    public static ObjectNode taiNungPears(int year) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("unitCode", "04096");
        body.put("level", "GRASSROOTS");
        body.put("field", "ECONOMY");
        body.put("ownerType", "INDIVIDUAL");
        body.put("kind", "MODEL");
        body.put("name", "Mô hình trồng lê Tai nung");
        body.put("address", "bản Cồn Huôt 1, xã Lóng Phiêng");
        body.put("content", "Chuyển đổi cây trồng trên đất dốc, cung cấp cây giống và kỹ thuật cho nhân dân");
        body.put("ownerName", "Hộ ông Nguyễn Hương Bông");
        body.put("personInCharge", "Nguyễn Hương Bông");
        body.put("startDate", year + "-01-01");
        body.put("endDate", year + "-12-31");
        body.put("campaignId", null);
        body.put("replicatedFrom", null);
        return ServiceClient.JSON.valueToTree(body);
    }
}
