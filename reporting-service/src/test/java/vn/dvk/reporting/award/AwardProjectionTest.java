package vn.dvk.reporting.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.award.application.AwardProjection;
import vn.dvk.reporting.award.application.AwardStatisticsService;
import vn.dvk.reporting.award.domain.AwardStatistics;
import vn.dvk.reporting.fakes.InMemoryAwardRecords;
import vn.dvk.reporting.fakes.InMemoryReporting;
import vn.dvk.platform.unit.domain.DemoUnits;

/** Granted awards counted per unit, form, recipient type and year, on an in-memory read model. */
class AwardProjectionTest {

    private final InMemoryAwardRecords records = new InMemoryAwardRecords();
    private final InstanceScope district = new InstanceScope(DemoUnits.DIRECTORY, "124");
    private final AwardProjection projection = new AwardProjection(records, district);
    private final AwardStatisticsService statistics = new AwardStatisticsService(records);

    private static AwardDecided decided(String proposalId, String formCode, LocalDate on, AwardOutcome outcome,
                                        AwardDecided.Recipient... recipients) {
        return new AwardDecided(proposalId, outcome, "123/QĐ-UBND", on, "124", "14/124", formCode,
                AwardFormKind.CERTIFICATE_OF_COMMENDATION, "Giấy khen của Chủ tịch UBND huyện",
                AwardOccasion.FINAL, "c-1", "04096", "14/124/04096",
                outcome == AwardOutcome.GRANTED ? null : "Chưa đủ phiếu", List.of(recipients), "Chủ tịch UBND huyện",
                Instant.now());
    }

    private static AwardDecided.Recipient recipient(String nomineeId, RecipientType type, String unitCode,
                                                    long amount) {
        return new AwardDecided.Recipient(nomineeId, type, "Đối tượng " + nomineeId, unitCode,
                DemoUnits.pathOf(unitCode), null, List.of(), 0.3, 2_340_000, amount);
    }

    private void deliver(AwardDecided decided) {
        projection.onDecided(InMemoryReporting.delivery(AwardEvents.DECIDED, decided.proposalId(),
                decided.proposingUnitPath(), 1, decided));
    }

    private AwardStatistics of(String unitCode, int year) {
        return statistics.statistics(district.select("unit", unitCode), year);
    }

    @Test
    void given_granted_decisions_then_each_recipient_counts_once_in_its_unit_s_subtree_and_its_decision_s_year() {
        AwardDecided commune = decided("p-1", "GIAY_KHEN_CHU_TICH_UBND_HUYEN", LocalDate.of(2025, 12, 15),
                AwardOutcome.GRANTED, recipient("N1", RecipientType.COLLECTIVE, "04096", 1_404_000),
                recipient("N2", RecipientType.INDIVIDUAL, "04096", 702_000));
        deliver(commune);
        deliver(commune);
        deliver(decided("p-2", "GIAY_KHEN_CHU_TICH_UBND_XA", LocalDate.of(2025, 12, 20), AwardOutcome.GRANTED,
                recipient("N1", RecipientType.HOUSEHOLD, "04063", 351_000)));
        deliver(decided("p-3", "GIAY_KHEN_CHU_TICH_UBND_HUYEN", LocalDate.of(2026, 1, 5), AwardOutcome.GRANTED,
                recipient("N1", RecipientType.INDIVIDUAL, "04096", 702_000)));

        AwardStatistics yenChau = of("124", 2025);
        assertThat(yenChau.total()).isEqualTo(3);
        assertThat(yenChau.amount()).isEqualTo(1_404_000 + 702_000 + 351_000);
        assertThat(yenChau.byForm()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GIAY_KHEN_CHU_TICH_UBND_HUYEN", 2, "GIAY_KHEN_CHU_TICH_UBND_XA", 1));
        assertThat(yenChau.byRecipientType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "COLLECTIVE", 1, "INDIVIDUAL", 1, "HOUSEHOLD", 1));
        assertThat(of("04096", 2025).total()).isEqualTo(2);
        assertThat(of("04096", 2026).total()).isEqualTo(1);
    }

    @Test
    void given_a_declined_decision_then_nothing_is_counted_and_every_recipient_type_still_reads_zero() {
        deliver(decided("p-4", "GIAY_KHEN_CHU_TICH_UBND_HUYEN", LocalDate.of(2025, 12, 15), AwardOutcome.DECLINED));

        AwardStatistics yenChau = of("124", 2025);
        assertThat(yenChau.total()).isZero();
        assertThat(yenChau.amount()).isZero();
        assertThat(yenChau.byForm()).isEmpty();
        assertThat(yenChau.byRecipientType()).containsOnlyKeys("COLLECTIVE", "INDIVIDUAL", "HOUSEHOLD")
                .allSatisfy((type, count) -> assertThat(count).isZero());
    }

    @Test
    void given_a_recipient_outside_this_instance_s_scope_then_it_is_not_counted_here() {
        deliver(decided("p-5", "GIAY_KHEN_CHU_TICH_UBND_HUYEN", LocalDate.of(2025, 12, 15), AwardOutcome.GRANTED,
                recipient("N1", RecipientType.COLLECTIVE, "04096", 1_404_000),
                recipient("N2", RecipientType.COLLECTIVE, "125", 1_404_000)));

        assertThat(records.of(2025, "14")).extracting(record -> record.unitCode()).containsExactly("04096");
    }
}
