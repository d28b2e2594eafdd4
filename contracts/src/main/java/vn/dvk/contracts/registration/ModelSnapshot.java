package vn.dvk.contracts.registration;

import java.time.LocalDate;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;

/**
 * What every consumer needs to know about a model, carried in each model event so that nobody has to call back.
 * {@code unitPath} is the path valid when the event happened, e.g. {@code 14/124/04096}. {@code ownerPersonId} is the
 * individual owner's person in award-service's registry, null for a collective owner or an owner known by name only.
 */
public record ModelSnapshot(
        String id,
        int year,
        String unitCode,
        String unitPath,
        ManagementLevel level,
        Field field,
        OwnerType ownerType,
        ModelKind kind,
        ModelStatus status,
        String name,
        String address,
        String ownerName,
        String personInCharge,
        LocalDate startDate,
        LocalDate endDate,
        String campaignId,
        String replicatedFrom,
        long version,
        String ownerPersonId) {

    /**
     * A snapshot of a model whose owner is not a person of the registry. The identifier came after the other fields;
     * producers and fixtures that never name a person keep their call.
     */
    public ModelSnapshot(String id, int year, String unitCode, String unitPath, ManagementLevel level, Field field,
                         OwnerType ownerType, ModelKind kind, ModelStatus status, String name, String address,
                         String ownerName, String personInCharge, LocalDate startDate, LocalDate endDate,
                         String campaignId, String replicatedFrom, long version) {
        this(id, year, unitCode, unitPath, level, field, ownerType, kind, status, name, address, ownerName,
                personInCharge, startDate, endDate, campaignId, replicatedFrom, version, null);
    }
}
