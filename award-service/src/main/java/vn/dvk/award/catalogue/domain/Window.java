package vn.dvk.award.catalogue.domain;

/** Which years a rule set's rules look at: the campaign's whole period, or the proposal's year alone. */
public enum Window {
    CAMPAIGN,
    YEAR
}
