package vn.dvk.portal.award.domain;

/** An emulation campaign or plan whose occasions awards are proposed for. */
public record Campaign(String id, String name, String issuingUnitCode, int startYear, int endYear) {
}
