package vn.dvk.platform.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectoryException;

class UnitDirectoryTest {

    private static final Path REFERENCE = Path.of("..", "..", "shared", "reference");

    @Test
    void demo_directory_holds_son_la_yen_chau_and_its_fourteen_communes() throws IOException {
        UnitDirectory directory = DemoUnits.DIRECTORY;

        assertThat(directory.rootCode()).isEqualTo("14");
        assertThat(directory.find("124")).get().extracting(AdministrativeUnit::name).isEqualTo("Yên Châu");
        assertThat(directory.childrenOf("124")).filteredOn(unit -> unit.level() == UnitLevel.COMMUNE)
                .extracting(AdministrativeUnit::code)
                .containsExactly("04063", "04066", "04069", "04072", "04075", "04078", "04081", "04084", "04087",
                        "04090", "04093", "04096", "04099", "04102");
        assertThat(directory.find("04096")).get().extracting(AdministrativeUnit::name).isEqualTo("Lóng Phiêng");
        assertThat(directory.childrenOf("14")).extracting(AdministrativeUnit::code).containsExactly("124", "125");
    }

    @Test
    void path_ancestors_and_scope_follow_the_tree() throws IOException {
        UnitDirectory directory = DemoUnits.DIRECTORY;

        assertThat(directory.pathOf("04096")).contains("14/124/04096");
        assertThat(directory.pathOf("04096.THCS")).contains("14/124/04096/04096.THCS");
        assertThat(directory.ancestorsOf("04096")).extracting(AdministrativeUnit::code).containsExactly("124", "14");
        assertThat(directory.isWithin("04096", "124")).isTrue();
        assertThat(directory.isWithin("04096", "04096")).isTrue();
        assertThat(directory.isWithin("04096", "125")).isFalse();
        assertThat(directory.isWithin("124", "04096")).isFalse();
        assertThat(directory.isWithin("04096", UnitDirectory.NATIONAL)).isTrue();
        assertThat(directory.isWithin("99999", "14")).isFalse();
        assertThat(UnitDirectory.pathIsWithin("14/1240/04096", "14/124")).isFalse();
    }

    @Test
    void a_file_with_a_bad_row_is_refused_naming_the_line() {
        String csv = UnitCsv.HEADER + "\n14,PROVINCE,Sơn La,Tỉnh Sơn La,\n124,TOWN,Yên Châu,Huyện Yên Châu,14\n";

        assertThatThrownBy(() -> UnitCsv.read(new StringReader(csv), "bad.csv"))
                .isInstanceOf(UnitDirectoryException.class).hasMessageContaining("line 3");
    }

    @Test
    void a_unit_whose_parent_is_missing_is_refused() {
        String csv = UnitCsv.HEADER + "\n124,DISTRICT,Yên Châu,Huyện Yên Châu,14\n";

        assertThatThrownBy(() -> UnitDirectory.of(UnitCsv.read(new StringReader(csv), "orphan.csv")))
                .isInstanceOf(UnitDirectoryException.class).hasMessageContaining("parent 14");
    }

    @Test
    void imports_the_national_three_tier_list() throws IOException {
        Path file = REFERENCE.resolve("units-3tier-2024.csv");
        assumeTrue(Files.isRegularFile(file), "skipped: " + file.toAbsolutePath()
                + " is absent (the shared reference folder is not beside this checkout)");

        UnitDirectory directory;
        try (Reader reader = Files.newBufferedReader(file)) {
            directory = UnitDirectory.of(UnitCsv.read(reader, file.toString()));
        }

        assertThat(directory.size()).isEqualTo(10_794);
        assertThat(directory.provinces()).hasSize(63);
        assertThat(directory.rootCode()).isEqualTo(UnitDirectory.NATIONAL);
        assertThat(directory.pathOf("04096")).contains("14/124/04096");
        assertThat(directory.descendantsOf("124")).hasSize(14);
    }

    @Test
    void imports_the_national_two_tier_list() throws IOException {
        Path file = REFERENCE.resolve("units-2tier-2026.csv");
        assumeTrue(Files.isRegularFile(file), "skipped: " + file.toAbsolutePath()
                + " is absent (the shared reference folder is not beside this checkout)");

        UnitDirectory directory;
        try (Reader reader = Files.newBufferedReader(file)) {
            directory = UnitDirectory.of(UnitCsv.read(reader, file.toString()));
        }

        assertThat(directory.size()).isEqualTo(3_355);
        assertThat(directory.provinces()).hasSize(34);
        assertThat(directory.pathOf("03646")).contains("14/03646");
    }
}
