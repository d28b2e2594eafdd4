package vn.dvk.portal.dashboard.domain;

import java.util.List;

/** How the units below a unit meet the targets their campaigns set for a year, the worst gap first. */
public record Compliance(String unit, int year, List<Row> units) {

    public Compliance {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** One unit's target, count and gap. */
    public record Row(String unitCode, String unitName, String unitLevel, String parentCode, long target, long count,
                      long gap, String campaign, String description) {
    }
}
