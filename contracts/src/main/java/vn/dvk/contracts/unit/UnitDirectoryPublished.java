package vn.dvk.contracts.unit;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * An administrator published version {@code version} of the unit directory, {@code unitCount} units in all. A national
 * list does not fit one record, so a version travels as {@code chunkCount} events (all keyed by the version, so they
 * share a partition), chunk {@code chunk} (1 … chunkCount) carrying its part of the units in directory order; a
 * consumer applies a version only once it holds every chunk of it.
 */
public record UnitDirectoryPublished(long version, int chunk, int chunkCount, int unitCount, List<Unit> units,
                                     String publishedBy, Instant occurredAt) {

    public UnitDirectoryPublished {
        units = List.copyOf(units);
    }

    /** One unit in the reference layout {@code code,level,name,full_name,parent_code}; no parent for a province. */
    public record Unit(String code, UnitLevel level, String name, String fullName, String parentCode) {
    }
}
