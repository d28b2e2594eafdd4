package vn.dvk.identity.unitdirectory.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.identity.unitdirectory.domain.DirectoryCheck;
import vn.dvk.identity.unitdirectory.domain.DirectoryVersion;
import vn.dvk.identity.unitdirectory.domain.DirectoryVersions;
import vn.dvk.identity.unitdirectory.domain.UnitRow;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.sheet.InvalidSheet;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetColumns;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * Imports the unit directory from a file in the reference layout: every row is checked first
 * ({@link DirectoryCheck}); a file with any problem is refused whole, each problem with its row and column; an accepted
 * file becomes the next version, stored and published in one write.
 */
@Service
public class DirectoryImport {

    /** A national 3-tier list has about 10,800 rows, with room for the agencies a province adds. */
    public static final int MAX_ROWS = 20_000;

    /** The reference layout's header names, which the national lists and {@code ./dvk import-units} use. */
    public static final SheetColumns COLUMNS = SheetColumns.builder()
            .required("code", "code")
            .required("level", "level")
            .required("name", "name")
            .optional("full_name", "full_name")
            .optional("parent_code", "parent_code")
            .build();

    private final DirectoryVersions versions;
    private final CurrentUnitDirectory current;
    private final Clock clock;

    public DirectoryImport(DirectoryVersions versions, CurrentUnitDirectory current, Clock clock) {
        this.versions = versions;
        this.current = current;
        this.clock = clock;
    }

    /** What importing the sheet would do, without doing it: the confirm step. 422 for a file with problems. */
    public DirectoryCheck.Outcome preview(Sheet sheet) {
        return checked(sheet, versions.latest());
    }

    /** Checks the sheet and publishes it as the next version. */
    public DirectoryVersion importSheet(Caller admin, Sheet sheet, String fileName) {
        Optional<DirectoryVersion> latest = versions.latest();
        DirectoryCheck.Outcome outcome = checked(sheet, latest);
        long number = latest.map(DirectoryVersion::number).orElse(CurrentUnitDirectory.NOT_IMPORTED) + 1;
        DirectoryVersion version = new DirectoryVersion(number, outcome.units(), outcome.fromFile(), outcome.added(),
                outcome.changed(), outcome.kept().size(), fileName, admin.signature(), clock.instant());
        versions.publish(version);
        return version;
    }

    /**
     * The directory an import is compared with: the last published version (which this instance may not have applied
     * yet), else the one it started with.
     */
    private UnitDirectory base(Optional<DirectoryVersion> latest) {
        return latest.map(version -> UnitDirectory.of(version.units())).orElseGet(current::get);
    }

    private DirectoryCheck.Outcome checked(Sheet sheet, Optional<DirectoryVersion> latest) {
        if (sheet.rows().isEmpty()) {
            throw InvalidSheet.noRows();
        }
        List<UnitRow> rows = sheet.rows().stream().map(row -> new UnitRow(row.number(), row.cell("code"),
                row.cell("level"), row.cell("name"), row.cell("full_name"), row.cell("parent_code"))).toList();
        DirectoryCheck.Outcome outcome = DirectoryCheck.check(rows, base(latest));
        if (!outcome.isValid()) {
            throw new InvalidSheet("Có " + outcome.issues().size() + " lỗi trong tệp; danh mục đơn vị chưa thay đổi.",
                    outcome.issues().stream().map(issue -> InvalidSheet.cell(issue.row(), sheet.column(issue.field()),
                            issue.field(), issue.message())).toList());
        }
        return outcome;
    }
}
