package vn.dvk.platform.unit.domain;

import java.util.List;
import java.util.Optional;

/**
 * The instance's own copy of the last published directory version it applied, kept in its store so that it starts
 * with it. One copy per database: instances of one service and scope share it.
 */
public interface UnitDirectoryCopy {

    /** A stored version: its number, its units in directory order. */
    record StoredVersion(long version, List<AdministrativeUnit> units) {
    }

    Optional<StoredVersion> load();

    /** Keeps {@code version} unless a newer one is already stored. */
    void keep(StoredVersion version);
}
