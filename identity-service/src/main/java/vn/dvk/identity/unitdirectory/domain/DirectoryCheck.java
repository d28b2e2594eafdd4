package vn.dvk.identity.unitdirectory.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * Checks an uploaded unit directory against itself and the directory in use, every row before anything is decided:
 * codes well formed and unique, levels known and fitting their parent's, parents in the file, no cycle. A unit of the
 * directory in use that the file leaves out is kept (with its parent): identity-service cannot know which units the
 * other services' records name, and a unit that disappeared would strand them; retiring a unit is a change of its
 * validity, not an omission from a file.
 */
public final class DirectoryCheck {

    static final String CODE = "code";
    static final String LEVEL = "level";
    static final String NAME = "name";
    static final String PARENT = "parent_code";
    private static final Pattern CODE_SHAPE = Pattern.compile("[0-9A-Za-z.-]+");

    private DirectoryCheck() {
    }

    /** A problem of one cell: its row and the field (column) at fault, in Vietnamese. */
    public record Issue(int row, String field, String message) {
    }

    /**
     * What the file makes of the directory: the units of the new version (the file's, in file order, then the kept
     * ones), how many the file adds and changes, the units it leaves out and that are kept, and the issues; the
     * version may be published only when there is no issue.
     */
    public record Outcome(List<AdministrativeUnit> units, int fromFile, int added, int changed,
                          List<AdministrativeUnit> kept, List<Issue> issues) {

        public Outcome {
            units = List.copyOf(units);
            kept = List.copyOf(kept);
            issues = List.copyOf(issues);
        }

        public boolean isValid() {
            return issues.isEmpty();
        }
    }

    public static Outcome check(List<UnitRow> rows, UnitDirectory current) {
        List<Issue> issues = new ArrayList<>();
        Map<String, UnitRow> byCode = new LinkedHashMap<>();
        Map<String, UnitLevel> levels = new HashMap<>();
        for (UnitRow row : rows) {
            String code = row.code();
            if (code == null) {
                issues.add(new Issue(row.row(), CODE, "thiếu mã đơn vị"));
            } else if (!CODE_SHAPE.matcher(code).matches()) {
                issues.add(new Issue(row.row(), CODE, "mã đơn vị '" + code
                        + "' chỉ được gồm chữ không dấu, chữ số, dấu chấm và gạch nối"));
            } else if (UnitDirectory.NATIONAL.equals(code)) {
                issues.add(new Issue(row.row(), CODE, "mã '" + UnitDirectory.NATIONAL
                        + "' dành cho cả nước, không dùng cho một đơn vị"));
            } else if (byCode.containsKey(code)) {
                issues.add(new Issue(row.row(), CODE, "mã đơn vị '" + code + "' trùng với dòng "
                        + byCode.get(code).row()));
            } else {
                byCode.put(code, row);
            }
            UnitLevel level = level(row.level());
            if (level == null) {
                issues.add(new Issue(row.row(), LEVEL, row.level() == null ? "thiếu cấp đơn vị"
                        : "cấp đơn vị '" + row.level() + "' không hợp lệ (PROVINCE, DISTRICT, COMMUNE hoặc AGENCY)"));
            } else if (code != null) {
                levels.putIfAbsent(code, level);
            }
            if (row.name() == null) {
                issues.add(new Issue(row.row(), NAME, "thiếu tên đơn vị"));
            }
        }
        for (UnitRow row : byCode.values()) {
            checkParent(row, byCode, levels, issues);
        }
        checkCycles(byCode, issues);
        if (!issues.isEmpty()) {
            issues.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                    : a.field().compareTo(b.field()));
            return new Outcome(List.of(), 0, 0, 0, List.of(), issues);
        }
        return outcome(byCode, levels, current);
    }

    private static void checkParent(UnitRow row, Map<String, UnitRow> byCode, Map<String, UnitLevel> levels,
                                    List<Issue> issues) {
        UnitLevel level = levels.get(row.code());
        String parent = row.parentCode();
        if (parent == null) {
            if (level != null && level != UnitLevel.PROVINCE) {
                issues.add(new Issue(row.row(), PARENT, "đơn vị cấp " + level.name()
                        + " phải có mã đơn vị cấp trên"));
            }
            return;
        }
        if (parent.equals(row.code())) {
            issues.add(new Issue(row.row(), PARENT, "đơn vị không thể là cấp trên của chính nó"));
            return;
        }
        if (!byCode.containsKey(parent)) {
            issues.add(new Issue(row.row(), PARENT, "đơn vị cấp trên '" + parent + "' không có trong tệp"));
            return;
        }
        UnitLevel parentLevel = levels.get(parent);
        if (level != null && parentLevel != null && !fits(level, parentLevel)) {
            issues.add(new Issue(row.row(), LEVEL, "đơn vị cấp " + level.name() + " không thể trực thuộc đơn vị cấp "
                    + parentLevel.name() + " '" + parent + "'"));
        }
    }

    /** A province stands alone; a district under a province; a commune under a district or (2-tier) a province. */
    private static boolean fits(UnitLevel level, UnitLevel parentLevel) {
        return switch (level) {
            case PROVINCE -> false;
            case DISTRICT -> parentLevel == UnitLevel.PROVINCE;
            case COMMUNE -> parentLevel == UnitLevel.DISTRICT || parentLevel == UnitLevel.PROVINCE;
            case AGENCY -> parentLevel != UnitLevel.AGENCY;
        };
    }

    private static void checkCycles(Map<String, UnitRow> byCode, List<Issue> issues) {
        Set<String> reported = new LinkedHashSet<>();
        for (String start : byCode.keySet()) {
            List<String> chain = new ArrayList<>();
            String current = start;
            while (current != null && byCode.containsKey(current) && !reported.contains(current)) {
                int seen = chain.indexOf(current);
                if (seen >= 0) {
                    List<String> cycle = chain.subList(seen, chain.size());
                    String shown = String.join(" → ", cycle) + " → " + current;
                    for (String member : cycle) {
                        issues.add(new Issue(byCode.get(member).row(), PARENT, "các đơn vị cấp trên tạo thành vòng: "
                                + shown));
                    }
                    reported.addAll(cycle);
                    break;
                }
                chain.add(current);
                current = byCode.get(current).parentCode();
            }
        }
    }

    private static Outcome outcome(Map<String, UnitRow> byCode, Map<String, UnitLevel> levels,
                                   UnitDirectory current) {
        List<AdministrativeUnit> units = new ArrayList<>(byCode.size());
        int added = 0;
        int changed = 0;
        for (UnitRow row : byCode.values()) {
            AdministrativeUnit unit = new AdministrativeUnit(row.code(), levels.get(row.code()), row.name(),
                    row.fullName(), row.parentCode());
            units.add(unit);
            AdministrativeUnit before = current.find(row.code()).orElse(null);
            if (before == null) {
                added++;
            } else if (!before.equals(unit)) {
                changed++;
            }
        }
        List<AdministrativeUnit> kept = new ArrayList<>();
        for (AdministrativeUnit province : current.provinces()) {
            collectKept(province, byCode, current, kept);
        }
        units.addAll(kept);
        UnitDirectory.of(units);
        return new Outcome(units, byCode.size(), added, changed, kept, List.of());
    }

    /** The units of the directory in use the file leaves out, parents before their children. */
    private static void collectKept(AdministrativeUnit unit, Map<String, UnitRow> byCode, UnitDirectory current,
                                    List<AdministrativeUnit> kept) {
        if (!byCode.containsKey(unit.code())) {
            kept.add(unit);
        }
        current.childrenOf(unit.code()).forEach(child -> collectKept(child, byCode, current, kept));
    }

    private static UnitLevel level(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        for (UnitLevel level : UnitLevel.values()) {
            if (level.name().equals(code) || level.label().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        return null;
    }
}
