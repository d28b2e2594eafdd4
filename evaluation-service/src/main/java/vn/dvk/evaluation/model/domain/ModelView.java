package vn.dvk.evaluation.model.domain;

import java.time.LocalDate;
import java.util.Set;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * What evaluation-service knows of a model: the latest snapshot registration-service published. Registration owns
 * the model; this view only follows its events.
 */
public record ModelView(String id, int year, String unitCode, String unitPath, ManagementLevel level,
                        ModelStatus status, String name, LocalDate startDate, LocalDate endDate, String campaignId,
                        long version) {

    /** Statuses in which a model is being implemented and can be assessed and evaluated. */
    public static final Set<ModelStatus> ACTIVE = Set.of(ModelStatus.APPROVED, ModelStatus.IN_PROGRESS);

    public static ModelView of(ModelSnapshot snapshot) {
        return new ModelView(snapshot.id(), snapshot.year(), snapshot.unitCode(), snapshot.unitPath(),
                snapshot.level(), snapshot.status(), snapshot.name(), snapshot.startDate(), snapshot.endDate(),
                snapshot.campaignId(), snapshot.version());
    }

    /** The first year the model is implemented in: its registration year, or an earlier start. */
    public int firstYear() {
        return startDate == null ? year : Math.min(year, startDate.getYear());
    }

    /** The last year the model is implemented in: the year of its end, or its registration year. */
    public int lastYear() {
        return endDate == null ? year : Math.max(year, endDate.getYear());
    }

    public boolean isImplementedIn(int someYear) {
        return someYear >= firstYear() && someYear <= lastYear();
    }

    public boolean isActive() {
        return ACTIVE.contains(status);
    }

    /** Whether a snapshot of {@code version} is newer than this view (older and repeated ones are ignored). */
    public boolean isOlderThan(long otherVersion) {
        return version < otherVersion;
    }
}
