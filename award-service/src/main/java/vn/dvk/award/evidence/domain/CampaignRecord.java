package vn.dvk.award.evidence.domain;

/** A campaign or plan as registration-service announced it: who issued it, its document, its years. */
public record CampaignRecord(String id, String issuingUnitCode, String issuingUnitPath, String name,
                             String documentNumber, int startYear, int endYear, long version) {
}
