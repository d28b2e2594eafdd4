package vn.dvk.reporting.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.scope.DatedUnits;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitHistory;
import vn.dvk.platform.unit.domain.UnitMappingCsv;
import vn.dvk.reporting.fakes.InMemoryReporting;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.statistics.application.CoveredRecords;
import vn.dvk.reporting.statistics.application.StatisticsService;

/**
 * A split old commune in the statistics of the new communes (ADR 0021), on the in-memory read models: Hà Nội's old
 * Phường Phúc Xá was divided between the new Phường Phúc Xá (which kept its code) and Phường Ba Đình; its models count
 * in the piece that kept the code, once, so the new communes and the old district's own units sum to the province.
 */
class SplitCommuneStatisticsTest {

    private static final int YEAR = 2024;
    private static final String AS_OF = "2026-01-01";
    private static final UnitDirectory OLD_HA_NOI = UnitDirectory.of(UnitCsv.read(new StringReader(UnitCsv.HEADER + """

            01,PROVINCE,Hà Nội,Thành phố Hà Nội,
            001,DISTRICT,Ba Đình,Quận Ba Đình,01
            00004,COMMUNE,Phúc Xá,Phường Phúc Xá,001
            00007,COMMUNE,Trúc Bạch,Phường Trúc Bạch,001
            """), "old.csv"));
    private static final UnitHistory HISTORY = UnitHistory.reorganised(OLD_HA_NOI,
            UnitDirectory.of(UnitCsv.read(new StringReader(UnitCsv.HEADER + """

                    01,PROVINCE,Hà Nội,Thành phố Hà Nội,
                    00004,COMMUNE,Phúc Xá,Phường Phúc Xá,01
                    00008,COMMUNE,Ba Đình,Phường Ba Đình,01
                    """), "new.csv")),
            UnitHistory.REORGANISATION_2025, UnitMappingCsv.read(new StringReader(UnitMappingCsv.HEADER + """

                    00004,001,01,00004,01,split
                    00004,001,01,00008,01,split
                    00007,001,01,00008,01,whole
                    """), "mapping.csv"));

    private final InstanceScope haNoi = new InstanceScope(OLD_HA_NOI, "01");
    private final InMemoryReporting reporting = new InMemoryReporting(haNoi);
    private final StatisticsService statistics =
            new StatisticsService(new CoveredRecords(reporting.counters, reporting.views));
    private final DatedUnits units = new DatedUnits(haNoi, HISTORY);

    @Test
    void a_split_communes_models_count_once_in_the_piece_that_kept_its_code() {
        register(3, "00004", "01/001/00004");
        register(2, "00007", "01/001/00007");
        register(1, "001", "01/001");

        long phucXa = total("00004", AS_OF);
        long baDinh = total("00008", AS_OF);

        assertThat(phucXa).isEqualTo(3);
        assertThat(baDinh).isEqualTo(2);
        long oldDistrictOwn = total("001", null) - total("00004", null) - total("00007", null);
        assertThat(oldDistrictOwn).isEqualTo(1);
        assertThat(phucXa + baDinh + oldDistrictOwn).isEqualTo(total("01", AS_OF)).isEqualTo(6);
    }

    private void register(int count, String unitCode, String unitPath) {
        IntStream.range(0, count).forEach(i -> reporting.registered(ModelFixtures.aCollectiveModel()
                .inUnit(unitCode, unitPath).inYear(YEAR).registered()));
    }

    private long total(String unit, String asOf) {
        return statistics.statistics(units.select("unit", unit, "asOf", asOf, String.valueOf(YEAR)), YEAR,
                Set.of()).total();
    }
}
