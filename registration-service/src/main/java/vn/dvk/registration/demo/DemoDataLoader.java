package vn.dvk.registration.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.campaign.application.CampaignService;
import vn.dvk.registration.model.application.ModelService;
import vn.dvk.registration.model.domain.ModelDetails;

/**
 * Loads the demo data through the same use cases the API uses: the Yên Châu 2021–2025 campaign of plan 294/KH-UBND
 * (seed 000) and the 119 registrations of 2022 that report 004 §2.4 counts. Every record has a fixed
 * Idempotency-Key, so loading again finds what the first load created and duplicates nothing. Units outside the
 * instance's scope are skipped.
 */
public class DemoDataLoader {

    static final String MODELS = "demo/yen-chau-2022-models.csv";
    static final String CAMPAIGN_KEY = "demo-campaign-124-294-KH-UBND";
    static final String ISSUER = "UBND huyện Yên Châu";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CampaignService campaigns;
    private final ModelService models;
    private final InstanceScope scope;

    public DemoDataLoader(CampaignService campaigns, ModelService models, InstanceScope scope) {
        this.campaigns = campaigns;
        this.models = models;
        this.scope = scope;
    }

    /** What a load found or created. */
    public record Result(String campaignId, int models, int created) {
    }

    public Result load() {
        String campaignId = scope.covers("124") ? publishOnce(yenChau2021To2025()) : null;
        int total = 0;
        int created = 0;
        for (CSVRecord row : rows()) {
            String unitCode = row.get("unitCode");
            if (!scope.covers(unitCode)) {
                continue;
            }
            ModelDetails details = new ModelDetails(2022, unitCode, ManagementLevel.valueOf(row.get("level")),
                    Field.valueOf(row.get("field")), OwnerType.valueOf(row.get("ownerType")), ModelKind.MODEL,
                    row.get("name"), row.get("address"), row.get("content"), row.get("ownerName"),
                    row.get("personInCharge"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), campaignId,
                    null);
            if (registerOnce(demoId("demo-" + row.get("key")), details)) {
                created++;
            }
            total++;
        }
        log.info("demo data: campaign {}, {} models of 2022 ({} created now)", campaignId, total, created);
        return new Result(campaignId, total, created);
    }

    /** Demo records have ids derived from their keys, so that loading twice finds what the first load stored. */
    private static String demoId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String publishOnce(CampaignService.CampaignDraft draft) {
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
    static CampaignService.CampaignDraft yenChau2021To2025() {
        return new CampaignService.CampaignDraft("124",
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

    static List<CSVRecord> rows() {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(MODELS);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
