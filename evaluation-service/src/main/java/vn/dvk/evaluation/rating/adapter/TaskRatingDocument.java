package vn.dvk.evaluation.rating.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.platform.access.UnitScoped;

/**
 * A rating as stored: its current version and, in {@code versions}, every version oldest first. A fact about its
 * unit, which only that unit's subtree sees.
 */
@Document("task_ratings")
public record TaskRatingDocument(@Id String id, RatedSubject subject, String unitCode, @Indexed String unitPath,
                                 String personName, String personId, int year, TaskRating rating, String recordedBy,
                                 Instant recordedAt, String correctionReason, List<TaskRatingEntry> versions,
                                 long version) implements UnitScoped {

    /** The document holding {@code next} as its current version after the {@code earlier} ones. */
    public static TaskRatingDocument of(TaskRatingEntry next, List<TaskRatingEntry> earlier) {
        List<TaskRatingEntry> versions = new ArrayList<>(earlier);
        versions.add(next);
        return new TaskRatingDocument(next.ratingId(), next.subject(), next.unitCode(), next.unitPath(),
                next.personName(), next.personId(), next.year(), next.rating(), next.recordedBy(), next.recordedAt(),
                next.correctionReason(), versions, next.version());
    }

    public TaskRatingEntry toEntry() {
        return new TaskRatingEntry(id, subject, unitCode, unitPath, personName, year, rating, recordedBy, recordedAt,
                personId, version, correctionReason);
    }

    /** Every version; a rating stored before versions were kept is its one version. */
    public List<TaskRatingEntry> history() {
        return versions == null || versions.isEmpty() ? List.of(toEntry()) : versions;
    }
}
