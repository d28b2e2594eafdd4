package vn.dvk.registration.model.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetColumns;
import vn.dvk.platform.sheet.SheetProblems;
import vn.dvk.platform.sheet.SheetRow;
import vn.dvk.platform.sheet.SheetRowReader;
import vn.dvk.platform.sheet.SheetTemplate;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.registration.model.application.ModelImport;
import vn.dvk.registration.model.domain.ModelDetails;

/**
 * The columns of the import template, how their cells become model details (codes as codes or as their Vietnamese
 * labels, years as numbers, dates as date cells, {@code 31/12/2022} or {@code 2022-12-31}, unit codes also where a
 * spreadsheet dropped their leading zeros), and the template itself.
 */
final class ImportColumns {

    static final SheetColumns COLUMNS = SheetColumns.builder()
            .required("Năm", "year")
            .required("Mã đơn vị", "unitCode")
            .required("Cấp quản lý", "level")
            .required("Lĩnh vực", "field")
            .required("Tập thể/Cá nhân", "ownerType")
            .optional("Loại", "kind")
            .required("Tên mô hình", "name")
            .required("Địa chỉ", "address")
            .required("Nội dung", "content")
            .required("Chủ mô hình", "ownerName")
            .required("Người phụ trách", "personInCharge")
            .required("Ngày bắt đầu", "startDate")
            .required("Ngày kết thúc", "endDate")
            .optional("Mã phong trào", "campaignId")
            .optional("Nhân rộng từ mô hình", "replicatedFrom")
            .build();

    private static final List<String> EXAMPLE = List.of("2022", "04096", "Cấp cơ sở", "Phát triển kinh tế",
            "Cá nhân", "Mô hình", "Mô hình trồng lê Tai nung", "bản Cồn Huôt 1, xã Lóng Phiêng",
            "Chuyển đổi cây trồng trên đất dốc", "Hộ ông Nguyễn Hương Bông", "Nguyễn Hương Bông", "01/01/2022",
            "31/12/2022", "", "");

    private ImportColumns() {
    }

    /** Each row's details, and the cells that could not be read, each naming its field. */
    static ModelImport.Sheet read(Sheet sheet, UnitDirectory units) {
        List<ModelImport.Row> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            SheetProblems unreadable = new SheetProblems();
            SheetRowReader cells = new SheetRowReader(sheet, row, unreadable);
            ModelDetails details = new ModelDetails(Objects.requireNonNullElse(cells.whole("year", 2000, 2100,
                    "năm"), 0), cells.unitCode("unitCode", true, units),
                    cells.code("level", ManagementLevel.class, true), cells.code("field", Field.class, true),
                    cells.code("ownerType", OwnerType.class, true), cells.code("kind", ModelKind.class, false),
                    cells.text("name", true), cells.text("address", true), cells.text("content", true),
                    cells.text("ownerName", true), cells.text("personInCharge", true), cells.date("startDate"),
                    cells.date("endDate"), cells.text("campaignId", false), cells.text("replicatedFrom", false));
            rows.add(new ModelImport.Row(row.number(), details, unreadable.issues()));
        }
        return new ModelImport.Sheet(sheet.columns(), rows);
    }

    /** The headers, one example row, and a second sheet listing the codes of each code column with their labels. */
    static byte[] template() {
        Map<String, CodeLabel[]> codes = new LinkedHashMap<>();
        codes.put("Cấp quản lý", ManagementLevel.values());
        codes.put("Lĩnh vực", Field.values());
        codes.put("Tập thể/Cá nhân", OwnerType.values());
        codes.put("Loại", ModelKind.values());
        return SheetTemplate.write("Đăng ký mô hình", COLUMNS, EXAMPLE, "Danh mục mã", codes);
    }
}
