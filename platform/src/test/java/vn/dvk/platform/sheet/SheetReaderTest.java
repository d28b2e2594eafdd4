package vn.dvk.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.testsupport.Spreadsheets;

class SheetReaderTest {

    private static final SheetColumns COLUMNS = SheetColumns.builder()
            .required("Mã đơn vị", "unitCode")
            .required("Năm", "year")
            .required("Cấp quản lý", "level")
            .optional("Ngày bắt đầu", "startDate")
            .build();
    private static final List<String> HEADERS = List.of("Mã đơn vị", "Năm", "Cấp quản lý", "Ngày bắt đầu");

    private static Sheet read(byte[] file, int maxRows) {
        return SheetReader.read(new ByteArrayInputStream(file), COLUMNS, maxRows);
    }

    private static Sheet readCsv(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8), 100);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void headers_match_whatever_their_case_accents_and_surrounding_spaces_and_cells_read_by_field() {
        Sheet sheet = readCsv("\uFEFF  MA DON VI ;năm; cấp QUẢN lý\n04096;2022;Cấp cơ sở\n;;\n124;2023;DISTRICT\n");

        assertThat(sheet.column("unitCode")).isEqualTo("MA DON VI");
        assertThat(sheet.column("startDate")).isNull();
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(sheet.rows().get(0).cell("unitCode")).isEqualTo("04096");
        assertThat(sheet.rows().get(1).cell("level")).isEqualTo("DISTRICT");
    }

    @Test
    void a_workbook_gives_the_first_sheets_text_as_displayed_and_its_dates_as_iso_days() {
        byte[] file = Spreadsheets.workbook(HEADERS, List.of(
                List.of("04063", 2022, "Cấp huyện", LocalDate.of(2022, 12, 31)),
                List.of(4063, 2022.0, "cơ sở", "01/02/2023")));

        Sheet sheet = read(file, 100);

        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 3);
        assertThat(sheet.rows().get(0).cells()).containsEntry("unitCode", "04063").containsEntry("year", "2022")
                .containsEntry("startDate", "2022-12-31");
        assertThat(sheet.rows().get(1).cells()).containsEntry("unitCode", "4063").containsEntry("year", "2022");
    }

    @Test
    void typed_cells_read_codes_labels_years_dates_and_unit_codes_excel_turned_into_numbers() throws Exception {
        UnitDirectory units = DemoUnits.DIRECTORY;
        Sheet sheet = readCsv("Mã đơn vị,Năm,Cấp quản lý,Ngày bắt đầu\n"
                + "4063,2022.0,cơ sở,31/12/2022\n"
                + "124,20x2,Cấp xã nào đó,31/02/2022\n");
        SheetProblems problems = new SheetProblems();

        SheetRowReader first = new SheetRowReader(sheet, sheet.rows().get(0), problems);
        assertThat(first.unitCode("unitCode", true, units)).isEqualTo("04063");
        assertThat(first.whole("year", 2000, 2100, "năm")).isEqualTo(2022);
        assertThat(first.code("level", ManagementLevel.class, true)).isEqualTo(ManagementLevel.GRASSROOTS);
        assertThat(first.date("startDate")).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(problems.isEmpty()).isTrue();

        SheetRowReader second = new SheetRowReader(sheet, sheet.rows().get(1), problems);
        assertThat(second.unitCode("unitCode", true, units)).isEqualTo("124");
        assertThat(second.whole("year", 2000, 2100, "năm")).isNull();
        assertThat(second.code("level", ManagementLevel.class, true)).isNull();
        assertThat(second.date("startDate")).isNull();
        assertThat(problems.issues()).extracting(issue -> issue.row() + ":" + issue.column() + ":" + issue.field())
                .containsExactly("3:Năm:year", "3:Cấp quản lý:level", "3:Ngày bắt đầu:startDate");
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidSheet.class,
                refused -> assertThat(refused.code()).isEqualTo("import-invalid"));
    }

    @Test
    void a_number_that_could_stand_for_several_unit_codes_is_a_problem_not_a_guess() throws Exception {
        UnitDirectory units = UnitDirectory.of(UnitCsv.read(new StringReader("""
                code,level,name,full_name,parent_code
                01,PROVINCE,Hà Nội,Thành phố Hà Nội,
                001,DISTRICT,Ba Đình,Quận Ba Đình,01
                00004,COMMUNE,Trúc Bạch,Phường Trúc Bạch,001
                """), "hanoi"));
        Sheet sheet = readCsv("Mã đơn vị,Năm,Cấp quản lý\n1,2022,PROVINCE\n4,2022,PROVINCE\n");
        SheetProblems problems = new SheetProblems();

        String ambiguous = new SheetRowReader(sheet, sheet.rows().get(0), problems).unitCode("unitCode", true, units);
        String commune = new SheetRowReader(sheet, sheet.rows().get(1), problems).unitCode("unitCode", true, units);

        assertThat(ambiguous).isNull();
        assertThat(commune).isEqualTo("00004");
        assertThat(problems.issues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains("01 hoặc 001"));
    }

    @Test
    void several_codes_in_one_cell_and_yes_or_no() {
        SheetColumns columns = SheetColumns.builder().required("Lĩnh vực", "fields").optional("Kích hoạt", "enabled")
                .build();
        Sheet sheet = SheetReader.read(new ByteArrayInputStream(("Lĩnh vực,Kích hoạt\n\"ECONOMY; Văn hóa - xã hội\","
                + "Không\nECONOMY,\n").getBytes(StandardCharsets.UTF_8)), columns, 10);
        SheetProblems problems = new SheetProblems();

        SheetRowReader first = new SheetRowReader(sheet, sheet.rows().get(0), problems);
        SheetRowReader second = new SheetRowReader(sheet, sheet.rows().get(1), problems);

        assertThat(first.codes("fields", Field.class, true)).isEqualTo(Set.of(Field.ECONOMY, Field.CULTURE_SOCIETY));
        assertThat(first.yesNo("enabled", true)).isFalse();
        assertThat(second.yesNo("enabled", true)).isTrue();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void a_file_without_a_required_column_is_refused_naming_each_missing_column_in_row_one() {
        assertThatThrownBy(() -> readCsv("Năm,Tên\n2022,x\n")).isInstanceOfSatisfying(InvalidSheet.class,
                refused -> assertThat(refused.issues()).extracting(Rejection.FieldIssue::row,
                        Rejection.FieldIssue::column).containsExactly(
                        tuple(1, "Mã đơn vị"), tuple(1, "Cấp quản lý")));
    }

    @Test
    void an_empty_file_a_damaged_workbook_and_anything_but_a_workbook_where_one_is_required_are_unreadable() {
        assertThatThrownBy(() -> readCsv("")).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                refused -> assertThat(refused.issues().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, 10))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, refused -> assertThat(refused.issues().get(0)
                        .message()).startsWith("tệp không hợp lệ hoặc bị nén bất thường"));
        assertThatThrownBy(() -> SheetReader.readWorkbook(new ByteArrayInputStream("Mã đơn vị,Năm\n".getBytes(
                StandardCharsets.UTF_8)), COLUMNS, 10)).isInstanceOf(Rejection.InvalidInput.class);
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xC3, (byte) 0x28, ',', 'x'}, 10))
                .isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void a_zip_bomb_is_refused_as_unreadable_quickly_without_inflating_it() {
        byte[] bomb = Spreadsheets.zipBomb(HEADERS, 512L * 1024 * 1024);
        assertThat(bomb.length).as("the bomb is small").isLessThan(2 * 1024 * 1024);

        long started = System.nanoTime();
        assertThatThrownBy(() -> read(bomb, 100)).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                refused -> {
                    assertThat(refused.issues().get(0).field()).isEqualTo("file");
                    assertThat(refused.issues().get(0).message())
                            .startsWith("tệp không hợp lệ hoặc bị nén bất thường");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_sheet_of_70000_rows_is_refused_at_the_first_row_beyond_the_limit_quickly_and_in_bounded_memory() {
        byte[] file = Spreadsheets.largeWorkbook(HEADERS, 70_000, r -> List.of("04096", 2022,
                "Mô hình số " + r + " của bản Phiêng Khoài, xã Lóng Phiêng", LocalDate.of(2022, 1, 1)));

        long allocatedBefore = allocatedByThisThread();
        long started = System.nanoTime();
        assertThatThrownBy(() -> read(file, 500)).isInstanceOfSatisfying(InvalidSheet.class,
                refused -> assertThat(refused.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.row()).isEqualTo(502);
                    assertThat(issue.message()).contains("tối đa 500 dòng");
                }));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long allocated = allocatedByThisThread() - allocatedBefore;

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(allocated).as("bytes allocated while reading a %d-byte file", file.length)
                .isLessThan(32L * 1024 * 1024);
    }

    @Test
    void a_csv_of_70000_rows_stops_at_the_limit_too() {
        StringBuilder csv = new StringBuilder("Mã đơn vị,Năm,Cấp quản lý\n");
        for (int r = 0; r < 70_000; r++) {
            csv.append("04096,2022,GRASSROOTS\n");
        }

        assertThatThrownBy(() -> readCsv(csv.toString())).isInstanceOfSatisfying(InvalidSheet.class,
                refused -> assertThat(refused.issues().get(0).row()).isEqualTo(102));
    }
}
