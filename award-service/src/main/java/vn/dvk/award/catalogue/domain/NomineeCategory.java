package vn.dvk.award.catalogue.domain;

/** What a rule can apply to: a unit, a village (a collective inside a commune), an individual, a household. */
public enum NomineeCategory {
    UNIT,
    VILLAGE,
    INDIVIDUAL,
    HOUSEHOLD
}
