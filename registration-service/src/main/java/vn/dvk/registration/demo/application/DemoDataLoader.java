package vn.dvk.registration.demo.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.campaign.application.CampaignService;
import vn.dvk.registration.campaign.domain.CampaignDraft;
import vn.dvk.registration.model.application.ModelService;
import vn.dvk.registration.model.domain.ModelDetails;

/**
 * Loads the demo data through the same use cases the API uses: the Yên Châu 2021–2025 campaign of plan 294/KH-UBND
 * (seed 000) and the registrations of 2022 that report 004 §2.4 counts. Every record has an id derived from a fixed
 * key, so loading again finds what the first load created and duplicates nothing. Units outside the instance's
 * scope are skipped.
 */
@Service
public class DemoDataLoader {

    static final String CAMPAIGN_KEY = "demo-campaign-124-294-KH-UBND";
    static final String ISSUER = "UBND huyện Yên Châu";
    private static final int YEAR = 2022;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CampaignService campaigns;
    private final ModelService models;
    private final InstanceScope scope;

    public DemoDataLoader(CampaignService campaigns, ModelService models, InstanceScope scope) {
        this.campaigns = campaigns;
        this.models = models;
        this.scope = scope;
    }

    /** One registration of 2022 as the demo file lists it, under a key unique in the file. */
    public record DemoRegistration(String key, String unitCode, ManagementLevel level, Field field,
                                   OwnerType ownerType, String name, String address, String content,
                                   String ownerName, String personInCharge) {
    }

    /** What a load found or created. */
    public record Result(String campaignId, int models, int created) {
    }

    public Result load(List<DemoRegistration> registrations) {
        String campaignId = scope.covers("124") ? publishOnce(yenChau2021To2025()) : null;
        int total = 0;
        int created = 0;
        for (DemoRegistration row : registrations) {
            if (!scope.covers(row.unitCode())) {
                continue;
            }
            ModelDetails details = new ModelDetails(YEAR, row.unitCode(), row.level(), row.field(), row.ownerType(),
                    ModelKind.MODEL, row.name(), row.address(), row.content(), row.ownerName(),
                    row.personInCharge(), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), campaignId, null);
            if (registerOnce(demoId("demo-" + row.key()), details)) {
                created++;
            }
            total++;
        }
        log.info("demo data: campaign {}, {} models of {} ({} created now)", campaignId, total, YEAR, created);
        return new Result(campaignId, total, created);
    }

    /** Demo records have ids derived from their keys, so that loading twice finds what the first load stored. */
    private static String demoId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String publishOnce(CampaignDraft draft) {
        String id = demoId(CAMPAIGN_KEY);
        try {
            campaigns.publishAs(id, draft, ISSUER);
        } catch (AlreadyExists loadedBefore) {
            log.debug("demo campaign {} was loaded before", id);
        }
        return id;
    }

    private boolean registerOnce(String id, ModelDetails details) {
        try {
            models.registerAs(id, details, ISSUER);
            return true;
        } catch (AlreadyExists loadedBefore) {
            return false;
        }
    }

    /** Plan 294/KH-UBND of 18/11/2021: two phases, district ≥ 2 and each commune ≥ 1 model a year. */
    static CampaignDraft yenChau2021To2025() {
        return new CampaignDraft("124",
                "Phong trào thi đua \"Dân vận khéo gắn với thực hiện quy chế dân chủ trong cơ quan hành chính Nhà"
                        + " nước, đơn vị sự nghiệp công lập, doanh nghiệp và ở cơ sở\" giai đoạn 2021-2025",
                "294/KH-UBND", LocalDate.of(2021, 11, 18), 2021, 2025, null,
                List.of(new CampaignSnapshot.Phase("Đợt 1", LocalDate.of(2021, 11, 1), LocalDate.of(2023, 7, 31)),
                        new CampaignSnapshot.Phase("Đợt 2", LocalDate.of(2023, 7, 1), LocalDate.of(2025, 10, 31))),
                List.of(new CampaignSnapshot.Target(UnitLevel.DISTRICT, ManagementLevel.DISTRICT, null, 2,
                                "Hằng năm, cấp huyện xây dựng ít nhất 02 mô hình, điển hình \"Dân vận khéo\""),
                        new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1,
                                "Hằng năm mỗi xã, thị trấn xây dựng ít nhất 01 mô hình, điển hình \"Dân vận khéo\"")));
    }
}
