package vn.dvk.evaluation.rating.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.evaluation.rating.adapter.TaskRatingDocument;
import vn.dvk.evaluation.rating.adapter.TitleDocument;
import vn.dvk.evaluation.rating.domain.RatingKeys;
import vn.dvk.evaluation.rating.domain.SheetImport;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * Yearly task-completion ratings and titles, entered one by one or imported from a sheet. Recording the same subject
 * and year again is a correction: it supersedes the earlier record under the same id.
 */
@Service
public class RatingService {

    public static final String SUBJECT = "Đối tượng";
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String PERSON = "Họ và tên";
    public static final String YEAR = "Năm";
    public static final String RATING = "Xếp loại";
    public static final String TITLE = "Danh hiệu";
    public static final String HOLDER = "Tên";
    public static final List<String> RATING_HEADERS = List.of(SUBJECT, UNIT_CODE, PERSON, YEAR, RATING);
    public static final List<String> TITLE_HEADERS = List.of(TITLE, UNIT_CODE, HOLDER, YEAR);

    /** A rating as entered. */
    public record RecordRating(RatedSubject subject, String unitCode, String personName, int year, TaskRating rating,
                               String recordedBy) {
    }

    /** A title as entered. */
    public record RecordTitle(Title title, String unitCode, String holderName, int year, String recordedBy) {
    }

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final InstanceScope scope;
    private final Clock clock;

    public RatingService(MongoTemplate mongo, AggregateStore store, InstanceScope scope, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    public TaskRatingEntry record(RecordRating command) {
        return save(prepare(command));
    }

    public TitleEntry record(RecordTitle command) {
        return save(prepare(command));
    }

    private TaskRatingEntry prepare(RecordRating command) {
        String person = Texts.trimToNull(command.personName());
        RatingKeys.checkPerson(command.subject(), person);
        AdministrativeUnit unit = scope.requireWritable("unitCode", command.unitCode().strip());
        return new TaskRatingEntry(RatingKeys.ratingId(command.subject(), unit.code(), person, command.year()),
                command.subject(), unit.code(), scope.pathOf(unit.code()), person, command.year(), command.rating(),
                recorder(command.recordedBy(), unit), clock.instant());
    }

    private TitleEntry prepare(RecordTitle command) {
        String holder = Texts.trimToNull(command.holderName());
        if (holder == null) {
            throw Rejection.invalid("holderName", "không được để trống");
        }
        AdministrativeUnit unit = scope.requireWritable("unitCode", command.unitCode().strip());
        return new TitleEntry(RatingKeys.titleId(command.title(), unit.code(), holder, command.year()),
                command.title(), unit.code(), scope.pathOf(unit.code()), holder, command.year(),
                recorder(command.recordedBy(), unit), clock.instant());
    }

    private static String recorder(String given, AdministrativeUnit unit) {
        String recordedBy = Texts.trimToNull(given);
        return recordedBy == null ? unit.fullName() : recordedBy;
    }

    private TaskRatingEntry save(TaskRatingEntry entry) {
        TaskRatingDocument current = mongo.findById(entry.ratingId(), TaskRatingDocument.class);
        store.save(TaskRatingDocument.of(entry), entry.ratingId(), current == null ? 0 : current.version(),
                List.of(new OutboundEvent<>(EvaluationEvents.TASK_RATING_RECORDED, entry.ratingId(),
                        entry.unitPath(), new TaskRatingRecorded(entry.ratingId(), entry.subject(), entry.unitCode(),
                        entry.unitPath(), entry.personName(), entry.year(), entry.rating(), entry.recordedBy(),
                        entry.recordedAt()))));
        return entry;
    }

    private TitleEntry save(TitleEntry entry) {
        TitleDocument current = mongo.findById(entry.titleId(), TitleDocument.class);
        store.save(TitleDocument.of(entry), entry.titleId(), current == null ? 0 : current.version(),
                List.of(new OutboundEvent<>(EvaluationEvents.TITLE_RECORDED, entry.titleId(), entry.unitPath(),
                        new TitleRecorded(entry.titleId(), entry.title(), entry.unitCode(), entry.unitPath(),
                                entry.holderName(), entry.year(), entry.recordedBy(), entry.recordedAt()))));
        return entry;
    }

    /** Ratings inside a unit's subtree, of a year (every year when null). */
    public List<TaskRatingEntry> ratings(String unitPath, Integer year) {
        Query query = year == null ? new Query() : Query.query(Criteria.where("year").is(year));
        return mongo.find(query, TaskRatingDocument.class).stream()
                .filter(document -> UnitDirectory.pathIsWithin(document.unitPath(), unitPath))
                .map(TaskRatingDocument::toEntry)
                .sorted(Comparator.comparing(TaskRatingEntry::year).thenComparing(TaskRatingEntry::unitPath)
                        .thenComparing(e -> Objects.requireNonNullElse(e.personName(), "")))
                .toList();
    }

    /** Titles inside a unit's subtree, of a year and title when given. */
    public List<TitleEntry> titles(String unitPath, Integer year, Title title) {
        Criteria criteria = new Criteria();
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (title != null) {
            criteria = criteria.and("title").is(title.name());
        }
        return mongo.find(Query.query(criteria), TitleDocument.class).stream()
                .filter(document -> UnitDirectory.pathIsWithin(document.unitPath(), unitPath))
                .map(TitleDocument::toEntry)
                .sorted(Comparator.comparing(TitleEntry::year).thenComparing(TitleEntry::unitPath)
                        .thenComparing(TitleEntry::holderName))
                .toList();
    }

    /** Imports every row or none: all rows are checked first, and each problem names its row and column. */
    public List<TaskRatingEntry> importRatings(List<SheetImport.Row> rows, String recordedBy) {
        SheetImport.Problems problems = new SheetImport.Problems();
        List<TaskRatingEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetImport.Row row : rows) {
            var subject = SheetImport.parse(RatedSubject.class, row.text(SUBJECT));
            var year = SheetImport.year(row.text(YEAR));
            var rating = SheetImport.parse(TaskRating.class, row.text(RATING));
            String unitCode = row.text(UNIT_CODE);
            if (subject.isEmpty()) {
                problems.add(row, SUBJECT, "phải là 'Tập thể' hoặc 'Cá nhân'");
            }
            if (year.isEmpty()) {
                problems.add(row, YEAR, "phải là năm từ 2000 đến 2100");
            }
            if (rating.isEmpty()) {
                problems.add(row, RATING, "không có mức xếp loại '" + row.text(RATING) + "' trong danh mục");
            }
            if (unitCode == null) {
                problems.add(row, UNIT_CODE, "không được để trống");
            }
            if (subject.isEmpty() || year.isEmpty() || rating.isEmpty() || unitCode == null) {
                continue;
            }
            try {
                TaskRatingEntry entry = prepare(new RecordRating(subject.get(), unitCode, row.text(PERSON),
                        year.get(), rating.get(), recordedBy));
                Integer earlier = seen.putIfAbsent(entry.ratingId(), row.number());
                if (earlier != null) {
                    problems.add(row, UNIT_CODE, "trùng đối tượng và năm với dòng " + earlier);
                } else {
                    entries.add(entry);
                }
            } catch (Rejection e) {
                problems.add(row, e.issues().stream().anyMatch(f -> f.field().equals("personName")) ? PERSON
                        : UNIT_CODE, e);
            }
        }
        problems.throwIfAny();
        return entries.stream().map(this::save).toList();
    }

    /** Imports every row or none, like {@link #importRatings}. */
    public List<TitleEntry> importTitles(List<SheetImport.Row> rows, String recordedBy) {
        SheetImport.Problems problems = new SheetImport.Problems();
        List<TitleEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetImport.Row row : rows) {
            var title = SheetImport.parse(Title.class, row.text(TITLE));
            var year = SheetImport.year(row.text(YEAR));
            String unitCode = row.text(UNIT_CODE);
            String holder = row.text(HOLDER);
            if (title.isEmpty()) {
                problems.add(row, TITLE, "không có danh hiệu '" + row.text(TITLE) + "' trong danh mục");
            }
            if (year.isEmpty()) {
                problems.add(row, YEAR, "phải là năm từ 2000 đến 2100");
            }
            if (unitCode == null) {
                problems.add(row, UNIT_CODE, "không được để trống");
            }
            if (holder == null) {
                problems.add(row, HOLDER, "không được để trống");
            }
            if (title.isEmpty() || year.isEmpty() || unitCode == null || holder == null) {
                continue;
            }
            try {
                TitleEntry entry = prepare(new RecordTitle(title.get(), unitCode, holder, year.get(), recordedBy));
                Integer earlier = seen.putIfAbsent(entry.titleId(), row.number());
                if (earlier != null) {
                    problems.add(row, HOLDER, "trùng với dòng " + earlier);
                } else {
                    entries.add(entry);
                }
            } catch (Rejection e) {
                problems.add(row, UNIT_CODE, e);
            }
        }
        problems.throwIfAny();
        return entries.stream().map(this::save).toList();
    }
}
