package vn.dvk.portal.unit.domain;

import java.util.List;

/**
 * A unit with the units above it that the official may see (the highest first) and the units directly below it: what a
 * tree picker and a breadcrumb need.
 */
public record UnitNeighbourhood(String scope, int currentYear, Unit unit, List<Unit> ancestors, List<Unit> children) {

    public UnitNeighbourhood {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
