package vn.dvk.evaluation.rating.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.Title;

/** A yearly title held by a family, a village or a party committee inside a unit. */
public record TitleEntry(String titleId, Title title, String unitCode, String unitPath, String holderName, int year,
                         String recordedBy, Instant recordedAt) {
}
