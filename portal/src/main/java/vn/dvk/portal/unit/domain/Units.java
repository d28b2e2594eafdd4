package vn.dvk.portal.unit.domain;

/** The unit directory as the official may see it. */
public interface Units {

    /** The unit with its ancestors and children; a unit the official may not see is the service's refusal. */
    UnitNeighbourhood around(String unitCode);
}
