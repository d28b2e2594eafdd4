package vn.dvk.identity.unitdirectory.domain;

import java.time.Instant;

/** A version of the unit directory without its units: a line of the import history. */
public record VersionSummary(long number, int unitCount, int fromFile, int added, int changed, int kept,
                             String fileName, String importedBy, Instant importedAt) {
}
