package vn.dvk.identity.official.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetColumns;
import vn.dvk.platform.sheet.SheetProblems;
import vn.dvk.platform.sheet.SheetRow;
import vn.dvk.platform.sheet.SheetRowReader;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;

/**
 * Accounts for many officials from one spreadsheet, one row per official. Every row is checked first with the rules
 * of {@code POST /api/v1/officials} (and no login twice in the file); if any row fails nothing is stored and every
 * problem names its row and column. Each official gets a generated password, answered once.
 */
@Service
public class OfficialImport {

    /** Each row hashes a password (bcrypt, about a tenth of a second): a file is one unit's staff, not a province's. */
    public static final int MAX_ROWS = 500;

    public static final SheetColumns COLUMNS = SheetColumns.builder()
            .required("Tên đăng nhập", "login")
            .required("Họ và tên", "displayName")
            .required("Thư điện tử", "email")
            .required("Mã đơn vị", "unitCode")
            .required("Vai trò", "roles")
            .optional("Kích hoạt", "enabled")
            .build();

    private final OfficialService officials;
    private final CurrentUnitDirectory units;

    public OfficialImport(OfficialService officials, CurrentUnitDirectory units) {
        this.officials = officials;
        this.units = units;
    }

    /** One imported official and the password generated for it. */
    public record Imported(Official official, String generatedPassword) {
    }

    /** Checks every row of a sheet read with {@link #COLUMNS} (at most {@link #MAX_ROWS}), then stores them all. */
    public List<Imported> importRows(Caller admin, Sheet sheet) {
        SheetProblems problems = new SheetProblems();
        List<Imported> prepared = new ArrayList<>();
        Set<String> loginsInFile = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            SheetRowReader reader = new SheetRowReader(sheet, row, problems);
            int before = problems.size();
            String login = reader.text("login", true);
            String displayName = reader.text("displayName", true);
            String email = reader.text("email", true);
            String unitCode = reader.unitCode("unitCode", true, units.get());
            Set<Role> roles = reader.codes("roles", Role.class, true);
            Boolean enabled = reader.yesNo("enabled", true);
            if (login != null && !loginsInFile.add(login.toLowerCase(Locale.ROOT))) {
                reader.problem("login", "tên đăng nhập '" + login + "' xuất hiện nhiều lần trong tệp");
            }
            if (problems.size() > before) {
                continue;
            }
            String password = Passwords.generate();
            try {
                Official.Profile profile = new Official.Profile(displayName, email, unitCode, roles, enabled);
                prepared.add(new Imported(officials.prepare(admin, login, profile, password), password));
            } catch (Rejection refused) {
                if (refused.issues().isEmpty()) {
                    reader.problem(null, refused.getMessage());
                }
                refused.issues().forEach(issue -> reader.problem(issue.field(), issue.message()));
            }
        }
        problems.throwIfAny();
        prepared.forEach(imported -> officials.save(imported.official()));
        return prepared;
    }
}
