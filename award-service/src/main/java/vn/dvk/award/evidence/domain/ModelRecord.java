package vn.dvk.award.evidence.domain;

import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;

/** A registered model as its latest snapshot showed it. */
public record ModelRecord(String id, int year, String unitCode, String unitPath, OwnerType ownerType, String name,
                          String ownerName, String personInCharge, ModelStatus status, String replicatedFrom,
                          long version) {
}
