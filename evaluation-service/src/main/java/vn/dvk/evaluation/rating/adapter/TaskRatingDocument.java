package vn.dvk.evaluation.rating.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;

@Document("task_ratings")
public record TaskRatingDocument(@Id String id, RatedSubject subject, String unitCode, @Indexed String unitPath,
                                 String personName, int year, TaskRating rating, String recordedBy,
                                 Instant recordedAt, long version) {

    public static TaskRatingDocument of(TaskRatingEntry e) {
        return new TaskRatingDocument(e.ratingId(), e.subject(), e.unitCode(), e.unitPath(), e.personName(),
                e.year(), e.rating(), e.recordedBy(), e.recordedAt(), 0);
    }

    public TaskRatingEntry toEntry() {
        return new TaskRatingEntry(id, subject, unitCode, unitPath, personName, year, rating, recordedBy, recordedAt);
    }
}
