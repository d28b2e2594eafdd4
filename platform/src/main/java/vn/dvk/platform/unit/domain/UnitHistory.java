package vn.dvk.platform.unit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * Unit codes through time (ADR 0021): the tree the records were registered under, the tree that succeeded it on a
 * date (the 2-tier tree of the 2025 reorganisation, from 1 July 2025) and the mapping from old communes to new ones.
 * A unit is a code plus the tree of a date: {@code 04075} is Thị trấn Yên Châu under district {@code 124} until 30 June
 * 2025 and Xã Yên Châu under province {@code 14} from 1 July 2025, which took over six old communes.
 * <p>
 * Records stay under the code they were registered with; a unit of the succeeding tree covers the subtrees of the old
 * units whose records it took over: a new commune those of the old communes counted in it (a split old commune counts
 * in one piece only, {@link #countedIn}), a new province those of the old provinces that went into it.
 */
public final class UnitHistory {

    /** The day the 2-tier tree came into force. */
    public static final LocalDate REORGANISATION_2025 = LocalDate.of(2025, 7, 1);

    private final UnitTree registered;
    private final UnitTree successor;
    private final Map<String, List<UnitSuccession>> piecesByOldCommune;
    private final Map<String, List<String>> oldCommunesCountedIn;
    private final Map<String, Set<String>> oldProvincesOf;

    private UnitHistory(UnitTree registered, UnitTree successor, List<UnitSuccession> successions) {
        this.registered = registered;
        this.successor = successor;
        this.piecesByOldCommune = new LinkedHashMap<>();
        successions.forEach(row -> piecesByOldCommune.computeIfAbsent(row.oldCommuneCode(), key -> new ArrayList<>())
                .add(row));
        this.oldCommunesCountedIn = new TreeMap<>();
        piecesByOldCommune.forEach((oldCode, pieces) -> oldCommunesCountedIn
                .computeIfAbsent(mainPiece(pieces).newCommuneCode(), key -> new ArrayList<>()).add(oldCode));
        this.oldProvincesOf = new TreeMap<>();
        for (UnitSuccession row : successions) {
            oldProvincesOf.computeIfAbsent(row.newProvinceCode(), key -> new LinkedHashSet<>())
                    .add(row.oldProvinceCode());
        }
    }

    /** A directory that no reorganisation succeeded: every date reads it. */
    public static UnitHistory unchanged(UnitDirectory directory) {
        return new UnitHistory(new UnitTree(directory, null, null), null, List.of());
    }

    /**
     * The tree records were registered under, in force until the day before {@code effective}, the tree in force from
     * {@code effective}, and the mapping between them, checked: every row names an old commune of the first tree
     * (under the district and province it states) and a commune of the second (under the province it states); an old
     * commune is either whole in one new commune or split in several; an old province goes into one new province.
     */
    public static UnitHistory reorganised(UnitDirectory before, UnitDirectory after, LocalDate effective,
                                          List<UnitSuccession> successions) {
        check(before, after, successions);
        return new UnitHistory(new UnitTree(before, null, effective.minusDays(1)), new UnitTree(after, effective, null),
                successions);
    }

    private static void check(UnitDirectory before, UnitDirectory after, List<UnitSuccession> successions) {
        Map<String, List<UnitSuccession>> byOld = new LinkedHashMap<>();
        Map<String, String> newProvinceOfOld = new LinkedHashMap<>();
        for (UnitSuccession row : successions) {
            String oldPath = before.find(row.oldCommuneCode()).filter(unit -> unit.level() == UnitLevel.COMMUNE)
                    .flatMap(unit -> before.pathOf(unit.code())).orElseThrow(() -> new UnitDirectoryException(
                            "mapping row " + row + ": old commune " + row.oldCommuneCode() + " is not a commune of "
                                    + "the tree before the reorganisation"));
            if (!oldPath.equals(row.oldProvinceCode() + "/" + row.oldDistrictCode() + "/" + row.oldCommuneCode())) {
                throw new UnitDirectoryException("mapping row " + row + ": old commune " + row.oldCommuneCode()
                        + " lies at " + oldPath + ", not under " + row.oldProvinceCode() + "/" + row.oldDistrictCode());
            }
            String newPath = after.find(row.newCommuneCode()).flatMap(unit -> after.pathOf(unit.code()))
                    .orElseThrow(() -> new UnitDirectoryException("mapping row " + row + ": new commune "
                            + row.newCommuneCode() + " is not in the tree after the reorganisation"));
            if (!UnitDirectory.pathIsWithin(newPath, row.newProvinceCode())) {
                throw new UnitDirectoryException("mapping row " + row + ": new commune " + row.newCommuneCode()
                        + " lies at " + newPath + ", not under province " + row.newProvinceCode());
            }
            String previous = newProvinceOfOld.putIfAbsent(row.oldProvinceCode(), row.newProvinceCode());
            if (previous != null && !previous.equals(row.newProvinceCode())) {
                throw new UnitDirectoryException("old province " + row.oldProvinceCode() + " goes into both "
                        + previous + " and " + row.newProvinceCode() + "; a province sum needs one");
            }
            byOld.computeIfAbsent(row.oldCommuneCode(), key -> new ArrayList<>()).add(row);
        }
        byOld.forEach((oldCode, pieces) -> {
            boolean whole = pieces.stream().anyMatch(piece -> piece.part() == UnitSuccession.Part.WHOLE);
            if (whole && pieces.size() > 1) {
                throw new UnitDirectoryException("old commune " + oldCode + " is mapped whole and also elsewhere");
            }
        });
    }

    /**
     * The piece of a split old commune its records count in: the new commune that kept the old code, otherwise the
     * lowest new code (the mapping states no area or population to weigh the pieces by; ADR 0021).
     */
    private static UnitSuccession mainPiece(List<UnitSuccession> pieces) {
        return pieces.stream().filter(piece -> piece.newCommuneCode().equals(piece.oldCommuneCode())).findFirst()
                .orElseGet(() -> pieces.stream().min(Comparator.comparing(UnitSuccession::newCommuneCode))
                        .orElseThrow());
    }

    /** The tree records are registered under (the instance's directory). */
    public UnitTree registered() {
        return registered;
    }

    /** The tree that succeeded it, if the history knows one. */
    public Optional<UnitTree> successor() {
        return Optional.ofNullable(successor);
    }

    /** The tree in force on a date. */
    public UnitTree treeOn(LocalDate date) {
        return successor != null && successor.isInForceOn(date) ? successor : registered;
    }

    /** The unit a code named on a date. */
    public Optional<AdministrativeUnit> find(String code, LocalDate date) {
        return treeOn(date).directory().find(code);
    }

    /** The rows of the mapping for an old commune: one for a whole commune, one per piece for a split one. */
    public List<UnitSuccession> piecesOf(String oldCommuneCode) {
        return List.copyOf(piecesByOldCommune.getOrDefault(oldCommuneCode, List.of()));
    }

    /** The new commune an old commune's records count in: the whole one, or the main piece of a split. */
    public Optional<String> countedIn(String oldCommuneCode) {
        List<UnitSuccession> pieces = piecesByOldCommune.get(oldCommuneCode);
        return pieces == null ? Optional.empty() : Optional.of(mainPiece(pieces).newCommuneCode());
    }

    /** The old communes whose records a new commune counts, by code. */
    public List<String> countedFrom(String newCommuneCode) {
        return List.copyOf(oldCommunesCountedIn.getOrDefault(newCommuneCode, List.of()));
    }

    /**
     * What a code named on a date covers; empty when the tree of that date does not know the code. A unit of the
     * registered tree covers its own subtree; a unit of the succeeding tree also the subtrees of the old units whose
     * records it took over, as disjoint paths.
     */
    public Optional<UnitCoverage> coverage(String code, LocalDate date) {
        UnitTree tree = treeOn(date);
        Optional<String> path = tree.directory().pathOf(code);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (tree != successor || path.get().isEmpty()) {
            return Optional.of(new UnitCoverage(code, path.get(), List.of(path.get()), tree == successor));
        }
        List<String> paths = new ArrayList<>();
        paths.add(path.get());
        List<String> codes = new ArrayList<>();
        codes.add(code);
        successor.directory().descendantsOf(code).forEach(unit -> codes.add(unit.code()));
        UnitDirectory before = registered.directory();
        for (String newCode : codes) {
            oldProvincesOf.getOrDefault(newCode, Set.of()).forEach(old -> before.pathOf(old).ifPresent(paths::add));
            countedFrom(newCode).forEach(old -> before.pathOf(old).ifPresent(paths::add));
        }
        return Optional.of(new UnitCoverage(code, path.get(), disjoint(paths), true));
    }

    /** The paths without those lying inside another of them, in their order. */
    private static List<String> disjoint(List<String> paths) {
        List<String> kept = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(paths)) {
            boolean inside = paths.stream().anyMatch(other -> !other.equals(candidate)
                    && UnitDirectory.pathIsWithin(candidate, other));
            if (!inside) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
