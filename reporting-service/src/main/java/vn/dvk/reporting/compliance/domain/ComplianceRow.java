package vn.dvk.reporting.compliance.domain;

/**
 * A unit's target for the year (the most demanding applicable one), the models it counts and the gap still open;
 * {@code campaign} names the plan the target comes from.
 */
public record ComplianceRow(String unitCode, String unitName, String unitLevel, String parentCode, int target,
                           long count, long gap, String managementLevel, String campaignId, String campaign,
                           String description) {
}
