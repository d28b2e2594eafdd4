package vn.dvk.platform.scope;

import java.util.List;

/**
 * The unit a read is about, checked against the instance's scope: its code and its path from the province (empty for
 * the national root). Controllers receive it for a {@code unit} query parameter marked {@link RequestedUnit}.
 * {@code paths} are the disjoint subtrees whose records are the unit's: its own path, and for a unit read as of a
 * date after a reorganisation also the old units' subtrees it took over (ADR 0021); {@code successor} says the unit
 * was read in the tree that succeeded the one records are registered under.
 */
public record UnitSelection(String code, String path, List<String> paths, boolean successor) {

    public UnitSelection {
        paths = List.copyOf(paths);
    }

    /** A unit of the tree the records are registered under: its own subtree. */
    public UnitSelection(String code, String path) {
        this(code, path, List.of(path), false);
    }
}
