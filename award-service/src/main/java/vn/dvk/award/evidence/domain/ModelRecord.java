package vn.dvk.award.evidence.domain;

import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;

/**
 * A registered model as its latest snapshot showed it. {@code ownerPersonId} is its individual owner's person of the
 * registry; models registered before owners were persons name him only in {@code ownerName} and {@code personInCharge}.
 */
public record ModelRecord(String id, int year, String unitCode, String unitPath, OwnerType ownerType, String name,
                          String ownerName, String personInCharge, ModelStatus status, String replicatedFrom,
                          long version, String ownerPersonId) {
}
