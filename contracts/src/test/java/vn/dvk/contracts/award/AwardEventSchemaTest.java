package vn.dvk.contracts.award;

import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;

class AwardEventSchemaTest {

    private static final Instant NOW = Instant.parse("2023-12-15T02:00:00Z");
    private static final Nominee COMMUNE = new Nominee("n-1", RecipientType.COLLECTIVE, "UBND xã Lóng Phiêng",
            "04096", "14/124/04096", null, List.of("m-1"));
    private static final Nominee FARMER = new Nominee("n-2", RecipientType.INDIVIDUAL, "Nguyễn Hương Bông", "04096",
            "14/124/04096", "p-1", List.of());
    private static final PersonSnapshot BONG = new PersonSnapshot("p-1", "Nguyễn Hương Bông",
            LocalDate.of(1975, 5, 2), "04096", "14/124/04096", "Nông dân", "Gia đình ông Nguyễn Hương Bông", 1);

    @Test
    void every_award_event_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(AwardEvents.PROPOSAL_SUBMITTED, new ProposalSubmitted("pr-1", "c-1",
                AwardOccasion.FINAL, 2025, "GIAY_KHEN_CHU_TICH_UBND_HUYEN", AwardFormKind.CERTIFICATE_OF_COMMENDATION,
                "124", "14/124", "04096", "14/124/04096", List.of(COMMUNE, FARMER), "Cán bộ xã", NOW));
        assertMatchesSchema(AwardEvents.PROPOSAL_RETURNED, new ProposalReturned("pr-1", "04096", "14/124/04096",
                "124", "Thiếu biên bản họp Hội đồng", null, null, "Hội đồng TĐKT huyện", NOW));
        assertMatchesSchema(AwardEvents.PROPOSAL_RETURNED, new ProposalReturned("pr-1", "04096", "14/124/04096",
                "124", "Bổ sung báo cáo thành tích", "12/QĐ-UBND", LocalDate.of(2023, 12, 15), "Chủ tịch", NOW));
        assertMatchesSchema(AwardEvents.DECIDED, new AwardDecided("pr-1", AwardOutcome.GRANTED, "123/QĐ-UBND",
                LocalDate.of(2023, 12, 15), "124", "14/124", "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                AwardFormKind.CERTIFICATE_OF_COMMENDATION, "Giấy khen của Chủ tịch UBND huyện", AwardOccasion.FINAL,
                "c-1", "04096", "14/124/04096", null,
                List.of(new AwardDecided.Recipient("n-1", RecipientType.COLLECTIVE, "UBND xã Lóng Phiêng", "04096",
                        "14/124/04096", null, List.of("m-1"), 0.6, 1_800_000, 1_080_000)),
                "Chủ tịch UBND huyện", NOW));
        assertMatchesSchema(AwardEvents.DECIDED, new AwardDecided("pr-2", AwardOutcome.DECLINED, "124/QĐ-UBND",
                LocalDate.of(2023, 12, 15), "124", "14/124", "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                AwardFormKind.CERTIFICATE_OF_COMMENDATION, "Giấy khen của Chủ tịch UBND huyện", AwardOccasion.FINAL,
                "c-1", "04096", "14/124/04096", "Chưa đủ số phiếu", List.of(), "Chủ tịch UBND huyện", NOW));
        assertMatchesSchema(AwardEvents.PERSON_REGISTERED, new PersonRegistered(BONG, "Cán bộ xã", NOW));
        assertMatchesSchema(AwardEvents.PERSON_UPDATED, new PersonUpdated(new PersonSnapshot("p-2", "Lò Thị Xuân",
                null, "04096", "14/124/04096", null, null, 2), "Cán bộ xã", NOW));
    }
}
