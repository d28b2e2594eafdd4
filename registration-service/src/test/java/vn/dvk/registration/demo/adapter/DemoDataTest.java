package vn.dvk.registration.demo.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvk.registration.demo.application.DemoDataLoader;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;

class DemoDataTest extends RegistrationApiTest {

    @Autowired
    DemoDataLoader loader;

    private long count(ServiceClient api, String campaignId, String filter) {
        return api.get("/api/v1/models?year=2022&campaignId=" + campaignId + filter).json()
                .path("total").asLong();
    }

    @Test
    void the_demo_load_gives_the_119_models_of_report_004_once_however_often_it_runs() {
        DemoDataLoader.Result first = loader.load(YenChauDemoFile.registrations());
        DemoDataLoader.Result second = loader.load(YenChauDemoFile.registrations());

        assertThat(first.models()).isEqualTo(119);
        assertThat(second.created()).isZero();
        assertThat(second.campaignId()).isEqualTo(first.campaignId());
        String c = first.campaignId();
        assertThat(count(api, c, "")).isEqualTo(119);
        assertThat(count(api, c, "&unit=124")).isEqualTo(119);
        assertThat(count(api, c, "&ownerType=COLLECTIVE")).isEqualTo(87);
        assertThat(count(api, c, "&ownerType=INDIVIDUAL")).isEqualTo(32);
        assertThat(count(api, c, "&level=PROVINCE")).isEqualTo(7);
        assertThat(count(api, c, "&level=PROVINCE&ownerType=COLLECTIVE")).isEqualTo(6);
        assertThat(count(api, c, "&level=PROVINCE&field=ECONOMY")).isEqualTo(6);
        assertThat(count(api, c, "&level=PROVINCE&field=ECONOMY&ownerType=INDIVIDUAL")).isEqualTo(1);
        assertThat(count(api, c, "&level=PROVINCE&field=CULTURE_SOCIETY&ownerType=COLLECTIVE")).isEqualTo(1);
        assertThat(count(api, c, "&level=DISTRICT")).isEqualTo(23);
        assertThat(count(api, c, "&level=DISTRICT&ownerType=COLLECTIVE")).isEqualTo(18);
        assertThat(count(api, c, "&level=DISTRICT&field=ECONOMY")).isEqualTo(7);
        assertThat(count(api, c, "&level=DISTRICT&field=ECONOMY&ownerType=INDIVIDUAL")).isEqualTo(5);
        assertThat(count(api, c, "&level=DISTRICT&field=CULTURE_SOCIETY&ownerType=COLLECTIVE")).isEqualTo(13);
        assertThat(count(api, c, "&level=DISTRICT&field=DEFENSE_SECURITY&ownerType=COLLECTIVE")).isEqualTo(3);
        assertThat(count(api, c, "&level=GRASSROOTS")).isEqualTo(89);
        assertThat(count(api, c, "&level=GRASSROOTS&ownerType=COLLECTIVE")).isEqualTo(63);
        assertThat(count(api, c, "&level=GRASSROOTS&field=POLITICAL_SYSTEM")).isEqualTo(17);
        assertThat(count(api, c, "&level=GRASSROOTS&field=POLITICAL_SYSTEM&ownerType=INDIVIDUAL")).isEqualTo(2);
        assertThat(count(api, c, "&level=GRASSROOTS&field=ECONOMY")).isEqualTo(31);
        assertThat(count(api, c, "&level=GRASSROOTS&field=ECONOMY&ownerType=INDIVIDUAL")).isEqualTo(15);
        assertThat(count(api, c, "&level=GRASSROOTS&field=CULTURE_SOCIETY")).isEqualTo(29);
        assertThat(count(api, c, "&level=GRASSROOTS&field=CULTURE_SOCIETY&ownerType=INDIVIDUAL")).isEqualTo(9);
        assertThat(count(api, c, "&level=GRASSROOTS&field=DEFENSE_SECURITY&ownerType=COLLECTIVE")).isEqualTo(12);
        assertThat(count(api, c, "&unit=04096")).isGreaterThan(5);
        assertThat(count(api, c, "&unit=124.CA")).isEqualTo(2);

        for (String owner : new String[] {"Nguyễn Hương Bông", "Trần Như Kiên", "Nguyễn Văn Bình", "Nguyễn Đức Xuân",
                "Hội viên nông dân bản Hua Đán"}) {
            JsonNode found = api.get("/api/v1/models?year=2022&campaignId=" + c + "&q="
                    + URLEncoder.encode(owner, StandardCharsets.UTF_8)).json();
            assertThat(found.path("total").asLong()).as(owner).isGreaterThanOrEqualTo(1);
        }
        JsonNode campaign = api.get("/api/v1/campaigns/" + c).json();
        assertThat(campaign.path("documentNumber").asString()).isEqualTo("294/KH-UBND");
        assertThat(campaign.path("phases").size()).isEqualTo(2);
        assertThat(campaign.path("targets").size()).isEqualTo(2);
    }
}
