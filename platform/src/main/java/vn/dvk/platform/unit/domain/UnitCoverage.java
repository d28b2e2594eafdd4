package vn.dvk.platform.unit.domain;

import java.util.List;

/**
 * A unit as the tree of a date has it, and what it covers in the records: {@code path} is its path in that tree;
 * {@code paths} are the disjoint subtrees whose records are its own, its path first, then, for a unit of the tree
 * that succeeded another, the subtrees of the old units whose records it took over (ADR 0021).
 *
 * @param successor whether the unit was read in the succeeding tree rather than in the tree the instance registers under
 */
public record UnitCoverage(String code, String path, List<String> paths, boolean successor) {

    public UnitCoverage {
        paths = List.copyOf(paths);
    }
}
