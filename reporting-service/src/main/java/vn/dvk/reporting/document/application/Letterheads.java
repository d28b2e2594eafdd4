package vn.dvk.reporting.document.application;

import java.util.Optional;
import vn.dvk.reporting.document.domain.UnitLetterhead;

/** The letterheads configured per unit; a unit without one gets {@link UnitLetterhead#derivedFrom}. */
public interface Letterheads {

    Optional<UnitLetterhead> configuredFor(String unitCode);
}
