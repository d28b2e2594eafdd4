package vn.dvk.platform.unit.domain;

import java.util.Objects;

/**
 * One row of the 2025 reorganisation's mapping: an old commune went into a new commune, whole or as one piece of a
 * split (one row per piece). The old commune's district and province, and the new commune's province, are the
 * mapping's own columns, kept so that a mapping can be checked against the two trees.
 */
public record UnitSuccession(String oldCommuneCode, String oldDistrictCode, String oldProvinceCode,
                             String newCommuneCode, String newProvinceCode, Part part) {

    /** Whether the old commune went entirely into the new one, or was divided among several. */
    public enum Part {
        WHOLE, SPLIT
    }

    public UnitSuccession {
        Objects.requireNonNull(oldCommuneCode, "oldCommuneCode");
        Objects.requireNonNull(newCommuneCode, "newCommuneCode");
        Objects.requireNonNull(part, "part");
    }
}
