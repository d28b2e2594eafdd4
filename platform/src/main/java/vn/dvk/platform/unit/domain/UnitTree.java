package vn.dvk.platform.unit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tree of units and the days it is in force: from {@code validFrom} (null: since ever) to {@code validUntil}
 * inclusive (null: still in force).
 */
public record UnitTree(UnitDirectory directory, LocalDate validFrom, LocalDate validUntil) {

    public UnitTree {
        Objects.requireNonNull(directory, "directory");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new UnitDirectoryException("a unit tree cannot end (" + validUntil + ") before it starts ("
                    + validFrom + ")");
        }
    }

    public boolean isInForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}
