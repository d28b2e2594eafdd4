package vn.dvk.award.catalogue.domain;

/** The award fund of an issuing unit for a year, in đồng ({@code basis}: the budget decision). */
public record Fund(String issuer, int year, long amount, String basis) {
}
