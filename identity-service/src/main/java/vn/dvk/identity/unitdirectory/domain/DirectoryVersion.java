package vn.dvk.identity.unitdirectory.domain;

import java.time.Instant;
import java.util.List;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * One accepted version of the unit directory, numbered from 1: its units in directory order, what the file it came
 * from added, changed and left out (kept), who imported it and when.
 */
public record DirectoryVersion(long number, List<AdministrativeUnit> units, int fromFile, int added, int changed,
                               int kept, String fileName, String importedBy, Instant importedAt) {

    public DirectoryVersion {
        units = List.copyOf(units);
    }

    public VersionSummary summary() {
        return new VersionSummary(number, units.size(), fromFile, added, changed, kept, fileName, importedBy,
                importedAt);
    }
}
