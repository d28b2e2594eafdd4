package vn.dvk.portal.unit.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.shared.domain.ServiceUnavailable;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * The names of units a page shows by code (a proposal's units, an official's unit). The neighbourhood a page already
 * read names most of them; each other unit is asked for once, and the units above and below it, which come with it,
 * name the next ones. A unit the directory does not name for this official keeps its code: a name is a courtesy,
 * never a reason to fail the page.
 */
public class UnitNames {

    private final Units units;

    public UnitNames(Units units) {
        this.units = units;
    }

    /** Code → display name for {@code codes}, starting from what {@code known} already names. */
    public Map<String, String> of(Collection<String> codes, UnitNeighbourhood known) {
        Map<String, String> names = new HashMap<>(known == null ? Map.of() : known.names());
        codes.stream().filter(Objects::nonNull).distinct().filter(code -> !names.containsKey(code))
                .forEach(code -> names.putAll(lookUp(code)));
        return names;
    }

    private Map<String, String> lookUp(String code) {
        try {
            return units.around(code).names();
        } catch (ServiceRefusal | ServiceUnavailable unnamed) {
            return Map.of();
        }
    }
}
