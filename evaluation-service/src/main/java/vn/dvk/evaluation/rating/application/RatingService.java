package vn.dvk.evaluation.rating.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.evaluation.rating.domain.InvalidRatedPerson;
import vn.dvk.evaluation.rating.domain.RatingKeys;
import vn.dvk.evaluation.rating.domain.SheetImport;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.evaluation.rating.domain.TaskRatings;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.evaluation.rating.domain.Titles;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

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

    /** Reads one row of a sheet into an entry, or adds the row's problems and reads nothing. */
    private interface RowReader<T> {
        Optional<T> read(SheetImport.Row row, SheetImport.Problems problems);
    }

    private final TaskRatings ratings;
    private final Titles titles;
    private final InstanceScope scope;
    private final Clock clock;

    public RatingService(TaskRatings ratings, Titles titles, InstanceScope scope, Clock clock) {
        this.ratings = ratings;
        this.titles = titles;
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
        ratings.record(entry, new OutboundEvent<>(EvaluationEvents.TASK_RATING_RECORDED, entry.ratingId(),
                entry.unitPath(), new TaskRatingRecorded(entry.ratingId(), entry.subject(), entry.unitCode(),
                entry.unitPath(), entry.personName(), entry.year(), entry.rating(), entry.recordedBy(),
                entry.recordedAt())));
        return entry;
    }

    private TitleEntry save(TitleEntry entry) {
        titles.record(entry, new OutboundEvent<>(EvaluationEvents.TITLE_RECORDED, entry.titleId(), entry.unitPath(),
                new TitleRecorded(entry.titleId(), entry.title(), entry.unitCode(), entry.unitPath(),
                        entry.holderName(), entry.year(), entry.recordedBy(), entry.recordedAt())));
        return entry;
    }

    /** Ratings inside a unit's subtree, of a year (every year when null). */
    public List<TaskRatingEntry> ratings(String unitPath, Integer year) {
        return ratings.within(unitPath, year).stream()
                .sorted(Comparator.comparing(TaskRatingEntry::year).thenComparing(TaskRatingEntry::unitPath)
                        .thenComparing(e -> Objects.requireNonNullElse(e.personName(), "")))
                .toList();
    }

    /** Titles inside a unit's subtree, of a year and title when given. */
    public List<TitleEntry> titles(String unitPath, Integer year, Title title) {
        return titles.within(unitPath, year, title).stream()
                .sorted(Comparator.comparing(TitleEntry::year).thenComparing(TitleEntry::unitPath)
                        .thenComparing(TitleEntry::holderName))
                .toList();
    }

    /** Imports every row or none: all rows are checked first, and each problem names its row and column. */
    public List<TaskRatingEntry> importRatings(List<SheetImport.Row> rows, String recordedBy) {
        return importEvery(rows, (row, problems) -> readRating(row, problems, recordedBy), TaskRatingEntry::ratingId,
                UNIT_CODE, "trùng đối tượng và năm với dòng ", this::save);
    }

    /** Imports every row or none, like {@link #importRatings}. */
    public List<TitleEntry> importTitles(List<SheetImport.Row> rows, String recordedBy) {
        return importEvery(rows, (row, problems) -> readTitle(row, problems, recordedBy), TitleEntry::titleId,
                HOLDER, "trùng với dòng ", this::save);
    }

    private <T> List<T> importEvery(List<SheetImport.Row> rows, RowReader<T> reader, Function<T, String> idOf,
                                    String duplicateColumn, String duplicateOf, Function<T, T> save) {
        SheetImport.Problems problems = new SheetImport.Problems();
        List<T> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetImport.Row row : rows) {
            reader.read(row, problems).ifPresent(entry -> {
                Integer earlier = seen.putIfAbsent(idOf.apply(entry), row.number());
                if (earlier != null) {
                    problems.add(row, duplicateColumn, duplicateOf + earlier);
                } else {
                    entries.add(entry);
                }
            });
        }
        problems.throwIfAny();
        return entries.stream().map(save).toList();
    }

    private Optional<TaskRatingEntry> readRating(SheetImport.Row row, SheetImport.Problems problems,
                                                 String recordedBy) {
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
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(new RecordRating(subject.get(), unitCode, row.text(PERSON), year.get(),
                    rating.get(), recordedBy)));
        } catch (InvalidRatedPerson e) {
            problems.add(row, PERSON, e);
        } catch (Rejection e) {
            problems.add(row, UNIT_CODE, e);
        }
        return Optional.empty();
    }

    private Optional<TitleEntry> readTitle(SheetImport.Row row, SheetImport.Problems problems, String recordedBy) {
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
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(new RecordTitle(title.get(), unitCode, holder, year.get(), recordedBy)));
        } catch (Rejection e) {
            problems.add(row, UNIT_CODE, e);
        }
        return Optional.empty();
    }
}
