package vn.dvk.award.catalogue.domain;

/** How long the list of those proposed stays public at their unit for comments, in days. */
public record Disclosure(int days, String basis) {
}
