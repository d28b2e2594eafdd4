package vn.dvk.award.evidence.domain;

import vn.dvk.contracts.catalog.Title;

/** A yearly title held by a family, a village or a party committee, as evaluation-service announced it. */
public record TitleRecord(String titleId, Title title, String unitCode, String unitPath, String holderName,
                          int year) {
}
