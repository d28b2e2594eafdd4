package vn.dvk.platform.unit.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree of administrative units. A unit's path runs from its province down to itself ({@code 14/124/04096});
 * the national root {@value #NATIONAL} stands above the provinces and has the empty path.
 */
public final class UnitDirectory {

    public static final String NATIONAL = "VN";
    private static final String SEPARATOR = "/";

    private final Map<String, AdministrativeUnit> byCode;
    private final Map<String, String> paths;
    private final Map<String, List<AdministrativeUnit>> children;

    private UnitDirectory(Map<String, AdministrativeUnit> byCode) {
        this.byCode = byCode;
        this.children = new HashMap<>();
        byCode.values().forEach(unit -> children
                .computeIfAbsent(unit.parentCode() == null ? NATIONAL : unit.parentCode(), key -> new ArrayList<>())
                .add(unit));
        this.paths = new HashMap<>();
        byCode.keySet().forEach(this::computePath);
    }

    public static UnitDirectory of(List<AdministrativeUnit> units) {
        Map<String, AdministrativeUnit> byCode = new LinkedHashMap<>();
        for (AdministrativeUnit unit : units) {
            if (NATIONAL.equals(unit.code())) {
                throw new UnitDirectoryException("code " + NATIONAL + " is reserved for the national root");
            }
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                throw new UnitDirectoryException("duplicate unit code " + unit.code());
            }
        }
        for (AdministrativeUnit unit : byCode.values()) {
            if (unit.parentCode() != null && !byCode.containsKey(unit.parentCode())) {
                throw new UnitDirectoryException("unit " + unit.code() + " names parent " + unit.parentCode()
                        + ", which is not in the directory");
            }
        }
        return new UnitDirectory(Collections.unmodifiableMap(byCode));
    }

    private String computePath(String code) {
        String known = paths.get(code);
        if (known != null) {
            return known;
        }
        List<String> chain = new ArrayList<>();
        String current = code;
        while (current != null) {
            if (chain.contains(current)) {
                throw new UnitDirectoryException("the parents of unit " + code + " form a cycle");
            }
            chain.add(current);
            current = byCode.get(current).parentCode();
        }
        Collections.reverse(chain);
        String path = String.join(SEPARATOR, chain);
        paths.put(code, path);
        return path;
    }

    public int size() {
        return byCode.size();
    }

    public Optional<AdministrativeUnit> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean contains(String code) {
        return NATIONAL.equals(code) || byCode.containsKey(code);
    }

    /** The path of a unit, or the empty path for the national root. */
    public Optional<String> pathOf(String code) {
        if (NATIONAL.equals(code)) {
            return Optional.of("");
        }
        return Optional.ofNullable(code).map(paths::get);
    }

    /** The unit's ancestors, nearest first, ending at its province. */
    public List<AdministrativeUnit> ancestorsOf(String code) {
        List<AdministrativeUnit> ancestors = new ArrayList<>();
        AdministrativeUnit unit = byCode.get(code);
        while (unit != null && unit.parentCode() != null) {
            unit = byCode.get(unit.parentCode());
            ancestors.add(unit);
        }
        return ancestors;
    }

    public List<AdministrativeUnit> childrenOf(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    /** Every unit below {@code code}, depth first, without the unit itself. */
    public List<AdministrativeUnit> descendantsOf(String code) {
        List<AdministrativeUnit> result = new ArrayList<>();
        collect(code, result);
        return result;
    }

    private void collect(String code, List<AdministrativeUnit> into) {
        for (AdministrativeUnit child : children.getOrDefault(code, List.of())) {
            into.add(child);
            collect(child.code(), into);
        }
    }

    public List<AdministrativeUnit> provinces() {
        return childrenOf(NATIONAL);
    }

    /** The single province when the directory holds one, the national root otherwise. */
    public String rootCode() {
        List<AdministrativeUnit> provinces = provinces();
        return provinces.size() == 1 ? provinces.get(0).code() : NATIONAL;
    }

    /** Is unit {@code code} the scope unit itself or somewhere below it? */
    public boolean isWithin(String code, String scopeCode) {
        Optional<String> path = pathOf(code);
        Optional<String> scopePath = pathOf(scopeCode);
        return path.isPresent() && scopePath.isPresent() && pathIsWithin(path.get(), scopePath.get());
    }

    /** Is a unit path (as carried by {@code ce_unitpath}) inside a scope path? The empty scope path holds all. */
    public static boolean pathIsWithin(String unitPath, String scopePath) {
        if (unitPath == null) {
            return false;
        }
        if (scopePath.isEmpty()) {
            return true;
        }
        return unitPath.equals(scopePath) || unitPath.startsWith(scopePath + SEPARATOR);
    }
}
