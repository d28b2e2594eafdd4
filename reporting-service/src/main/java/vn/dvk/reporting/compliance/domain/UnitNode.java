package vn.dvk.reporting.compliance.domain;

import java.util.List;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * A unit of the directory with its path, as compliance needs it; {@code paths} are the subtrees whose records count
 * for it (its own path, and after the 2025 reorganisation the old units' it took over; ADR 0021).
 */
public record UnitNode(String code, String name, UnitLevel level, String parentCode, String path, List<String> paths) {

    public UnitNode {
        paths = List.copyOf(paths);
    }

    /** A unit whose records lie in its own subtree only. */
    public UnitNode(String code, String name, UnitLevel level, String parentCode, String path) {
        this(code, name, level, parentCode, path, List.of(path));
    }
}
