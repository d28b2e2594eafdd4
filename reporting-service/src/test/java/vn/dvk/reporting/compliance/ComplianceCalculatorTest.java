package vn.dvk.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.reporting.compliance.domain.ComplianceCalculator;
import vn.dvk.reporting.compliance.domain.ComplianceRow;
import vn.dvk.reporting.compliance.domain.UnitNode;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

class ComplianceCalculatorTest {

    private static final UnitNode CHIENG_DONG = new UnitNode("04063", "Xã Chiềng Đông", UnitLevel.COMMUNE, "124",
            "14/124/04063");
    private static final UnitNode SAP_VAT = new UnitNode("04066", "Xã Sặp Vạt", UnitLevel.COMMUNE, "124",
            "14/124/04066");
    private static final UnitNode PHONG_NOI_VU = new UnitNode("124.PNV", "Phòng Nội vụ", UnitLevel.AGENCY, "124",
            "14/124/124.PNV");
    private static final CampaignSnapshot PLAN_294 = new CampaignSnapshot("c-294", "124", "14/124",
            "Kế hoạch 294/KH-UBND", "294/KH-UBND", LocalDate.of(2021, 11, 2), 2021, 2025, null, List.of(),
            List.of(new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "Mỗi xã ít nhất 1 mô hình"),
                    new CampaignSnapshot.Target(UnitLevel.DISTRICT, null, null, 2, "Huyện ít nhất 2 mô hình")),
            1);

    private static CounterCount counted(String unitCode, String unitPath, int year, ModelStatus status, long count) {
        return new CounterCount(new CounterKey(unitCode, unitPath, year, ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.COLLECTIVE, ModelKind.MODEL, status), count);
    }

    @Test
    void a_commune_without_a_model_this_year_comes_first_with_its_whole_target_as_gap() {
        List<CounterCount> counts = List.of(counted("04066", "14/124/04066", 2022, ModelStatus.APPROVED, 2),
                counted("04063", "14/124/04063", 2022, ModelStatus.WITHDRAWN, 1),
                counted("04063", "14/124/04063", 2021, ModelStatus.APPROVED, 3));

        List<ComplianceRow> rows = ComplianceCalculator.compute(2022, List.of(SAP_VAT, CHIENG_DONG, PHONG_NOI_VU),
                List.of(PLAN_294), counts, StatisticsCalculator.DEFAULT_STATUSES);

        assertThat(rows).extracting(ComplianceRow::unitCode, ComplianceRow::target, ComplianceRow::count,
                ComplianceRow::gap).containsExactly(
                org.assertj.core.groups.Tuple.tuple("04063", 1, 0L, 1L),
                org.assertj.core.groups.Tuple.tuple("04066", 1, 2L, 0L));
    }

    @Test
    void a_year_outside_the_campaign_gives_no_target() {
        List<ComplianceRow> rows = ComplianceCalculator.compute(2027, List.of(SAP_VAT, CHIENG_DONG),
                List.of(PLAN_294), List.of(), StatisticsCalculator.DEFAULT_STATUSES);

        assertThat(rows).isEmpty();
    }
}
