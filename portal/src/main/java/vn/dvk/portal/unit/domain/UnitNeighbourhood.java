package vn.dvk.portal.unit.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit with the units above it that the official may see (the highest first) and the units directly below it: what a
 * tree picker and a breadcrumb need.
 */
public record UnitNeighbourhood(String scope, int currentYear, Unit unit, List<Unit> ancestors, List<Unit> children) {

    public UnitNeighbourhood {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The display name of every unit here by its code. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        ancestors.forEach(up -> names.put(up.code(), up.displayName()));
        if (unit != null) {
            names.put(unit.code(), unit.displayName());
        }
        children.forEach(child -> names.put(child.code(), child.displayName()));
        return names;
    }
}
