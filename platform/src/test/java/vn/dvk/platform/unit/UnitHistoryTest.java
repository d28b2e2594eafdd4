package vn.dvk.platform.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitCoverage;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectoryException;
import vn.dvk.platform.unit.domain.UnitHistory;
import vn.dvk.platform.unit.domain.UnitMappingCsv;
import vn.dvk.platform.unit.domain.UnitSuccession;

class UnitHistoryTest {

    private static final Path REFERENCE = Path.of("..", "..", "shared", "reference");
    private static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);
    private static final LocalDate NEW_YEAR_2026 = LocalDate.of(2026, 1, 1);

    /** Hà Nội's old Ba Đình, reduced: one whole commune and two split ones, as the national mapping has them. */
    private static final String OLD_BA_DINH = UnitCsv.HEADER + """

            01,PROVINCE,Hà Nội,Thành phố Hà Nội,
            001,DISTRICT,Ba Đình,Quận Ba Đình,01
            00001,COMMUNE,Phúc Xá,Phường Phúc Xá,001
            00007,COMMUNE,Trúc Bạch,Phường Trúc Bạch,001
            00025,COMMUNE,Ngọc Hà,Phường Ngọc Hà,001
            00025.THCS,AGENCY,Trường THCS Ngọc Hà,Trường THCS Ngọc Hà,00025
            """;
    private static final String NEW_HA_NOI = UnitCsv.HEADER + """

            01,PROVINCE,Hà Nội,Thành phố Hà Nội,
            00008,COMMUNE,Ba Đình,Phường Ba Đình,01
            00025,COMMUNE,Ngọc Hà,Phường Ngọc Hà,01
            00097,COMMUNE,Hồng Hà,Phường Hồng Hà,01
            """;
    private static final String BA_DINH_MAPPING = UnitMappingCsv.HEADER + """

            00001,001,01,00097,01,whole
            00007,001,01,00008,01,split
            00007,001,01,00025,01,split
            00025,001,01,00008,01,split
            00025,001,01,00025,01,split
            """;

    @Test
    void a_code_names_the_unit_of_the_tree_in_force_on_the_date() {
        UnitHistory history = DemoUnits.HISTORY;

        assertThat(history.find("04075", END_OF_2022)).get()
                .extracting(AdministrativeUnit::fullName, AdministrativeUnit::parentCode)
                .containsExactly("Thị trấn Yên Châu", "124");
        assertThat(history.find("04075", LocalDate.of(2025, 6, 30))).get()
                .extracting(AdministrativeUnit::parentCode).isEqualTo("124");
        assertThat(history.find("04075", LocalDate.of(2025, 7, 1))).get()
                .extracting(AdministrativeUnit::fullName, AdministrativeUnit::parentCode)
                .containsExactly("Xã Yên Châu", "14");
        assertThat(history.find("124", NEW_YEAR_2026)).isEmpty();
        assertThat(history.find("04063", NEW_YEAR_2026)).isEmpty();
    }

    @Test
    void the_reused_code_04075_covers_the_six_old_communes_after_the_reorganisation_and_the_old_town_before() {
        UnitHistory history = DemoUnits.HISTORY;

        UnitCoverage before = history.coverage("04075", END_OF_2022).orElseThrow();
        UnitCoverage after = history.coverage("04075", NEW_YEAR_2026).orElseThrow();

        assertThat(before.successor()).isFalse();
        assertThat(before.paths()).containsExactly("14/124/04075");
        assertThat(after.successor()).isTrue();
        assertThat(after.path()).isEqualTo("14/04075");
        assertThat(after.paths()).containsExactly("14/04075", "14/124/04063", "14/124/04066", "14/124/04069",
                "14/124/04072", "14/124/04075", "14/124/04090");
        assertThat(history.countedFrom("04075")).containsExactly("04063", "04066", "04069", "04072", "04075",
                "04090");
    }

    @Test
    void a_new_province_covers_the_old_province_whole_with_its_abolished_districts() {
        UnitCoverage province = DemoUnits.HISTORY.coverage("14", NEW_YEAR_2026).orElseThrow();

        assertThat(province.paths()).containsExactly("14");
    }

    @Test
    void a_split_old_commune_counts_in_the_piece_that_kept_its_code_or_else_in_the_lowest_code() {
        UnitHistory history = baDinh();

        assertThat(history.piecesOf("00007")).extracting(UnitSuccession::newCommuneCode)
                .containsExactly("00008", "00025");
        assertThat(history.countedIn("00007")).contains("00008");
        assertThat(history.countedIn("00025")).contains("00025");
        assertThat(history.countedIn("00001")).contains("00097");
        assertThat(history.coverage("00008", NEW_YEAR_2026).orElseThrow().paths())
                .containsExactly("01/00008", "01/001/00007");
        assertThat(history.coverage("00025", NEW_YEAR_2026).orElseThrow().paths())
                .containsExactly("01/00025", "01/001/00025");
    }

    @Test
    void the_new_communes_of_a_province_cover_every_old_commune_once() {
        UnitHistory history = baDinh();
        UnitDirectory after = history.successor().orElseThrow().directory();

        List<String> communePaths = new ArrayList<>();
        after.childrenOf("01").forEach(commune -> communePaths.addAll(
                history.coverage(commune.code(), NEW_YEAR_2026).orElseThrow().paths()));

        assertThat(communePaths).filteredOn(path -> path.startsWith("01/001/"))
                .containsExactlyInAnyOrder("01/001/00001", "01/001/00007", "01/001/00025");
        assertThat(history.coverage("01", NEW_YEAR_2026).orElseThrow().paths()).containsExactly("01");
    }

    @Test
    void a_mapping_row_naming_a_commune_the_old_tree_lacks_is_refused() {
        String mapping = UnitMappingCsv.HEADER + "\n00004,001,01,00008,01,whole\n";

        assertThatThrownBy(() -> reorganised(OLD_BA_DINH, NEW_HA_NOI, mapping))
                .isInstanceOf(UnitDirectoryException.class).hasMessageContaining("old commune 00004");
    }

    @Test
    void an_old_commune_both_whole_and_split_is_refused() {
        String mapping = UnitMappingCsv.HEADER + "\n00001,001,01,00097,01,whole\n00001,001,01,00008,01,split\n";

        assertThatThrownBy(() -> reorganised(OLD_BA_DINH, NEW_HA_NOI, mapping))
                .isInstanceOf(UnitDirectoryException.class).hasMessageContaining("00001");
    }

    @Test
    void a_mapping_row_with_an_unknown_part_is_refused_with_its_line() {
        String mapping = UnitMappingCsv.HEADER + "\n00001,001,01,00097,01,partly\n";

        assertThatThrownBy(() -> UnitMappingCsv.read(new StringReader(mapping), "bad.csv"))
                .isInstanceOf(UnitDirectoryException.class).hasMessageContaining("bad.csv line 2");
    }

    @Test
    void a_directory_without_successor_reads_every_date_alike() {
        UnitHistory history = UnitHistory.unchanged(DemoUnits.DIRECTORY);

        assertThat(history.coverage("04075", NEW_YEAR_2026).orElseThrow().paths()).containsExactly("14/124/04075");
        assertThat(history.successor()).isEmpty();
    }

    @Test
    void imports_the_national_trees_and_mapping() throws IOException {
        Path old = REFERENCE.resolve("units-3tier-2024.csv");
        Path current = REFERENCE.resolve("units-2tier-2026.csv");
        Path mapping = REFERENCE.resolve("unit-mapping-2025.csv");
        assumeTrue(Files.isRegularFile(old) && Files.isRegularFile(current) && Files.isRegularFile(mapping),
                "skipped: " + REFERENCE.toAbsolutePath() + " lacks the reference files (the shared reference folder "
                        + "is not beside this checkout)");

        UnitDirectory before = UnitDirectory.of(read(old, UnitCsv::read));
        UnitDirectory after = UnitDirectory.of(read(current, UnitCsv::read));
        List<UnitSuccession> rows = read(mapping, UnitMappingCsv::read);
        UnitHistory history = UnitHistory.reorganised(before, after, UnitHistory.REORGANISATION_2025, rows);

        assertThat(before.provinces()).hasSize(63);
        assertThat(before.descendantsOf(UnitDirectory.NATIONAL)).filteredOn(u -> u.level() == UnitLevel.DISTRICT)
                .hasSize(696);
        assertThat(before.descendantsOf(UnitDirectory.NATIONAL)).filteredOn(u -> u.level() == UnitLevel.COMMUNE)
                .hasSize(10_035);
        assertThat(after.descendantsOf(UnitDirectory.NATIONAL)).filteredOn(u -> u.level() == UnitLevel.COMMUNE)
                .hasSize(3_321);
        assertThat(rows).hasSize(10_597);
        assertThat(rows).filteredOn(row -> row.part() == UnitSuccession.Part.SPLIT).hasSize(1_033);
        Map<String, Integer> countedOnce = new HashMap<>();
        after.descendantsOf(UnitDirectory.NATIONAL).forEach(unit -> history.countedFrom(unit.code())
                .forEach(oldCode -> countedOnce.merge(oldCode, 1, Integer::sum)));
        assertThat(countedOnce).hasSize(10_035).allSatisfy((code, times) -> assertThat(times).isOne());
        assertThat(history.coverage("04075", NEW_YEAR_2026).orElseThrow().paths()).containsExactly("14/04075",
                "14/124/04063", "14/124/04066", "14/124/04069", "14/124/04072", "14/124/04075", "14/124/04090");
    }

    private static UnitHistory baDinh() {
        return reorganised(OLD_BA_DINH, NEW_HA_NOI, BA_DINH_MAPPING);
    }

    private static UnitHistory reorganised(String before, String after, String mapping) {
        return UnitHistory.reorganised(UnitDirectory.of(UnitCsv.read(new StringReader(before), "before.csv")),
                UnitDirectory.of(UnitCsv.read(new StringReader(after), "after.csv")), UnitHistory.REORGANISATION_2025,
                UnitMappingCsv.read(new StringReader(mapping), "mapping.csv"));
    }

    private static <T> T read(Path file, java.util.function.BiFunction<Reader, String, T> parser) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parser.apply(reader, file.toString());
        }
    }
}
