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
import vn.dvk.evaluation.rating.domain.InvalidRatingSheet;
import vn.dvk.evaluation.rating.domain.RatingKeys;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.evaluation.rating.domain.TaskRatings;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.evaluation.rating.domain.Titles;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetColumns;
import vn.dvk.platform.sheet.SheetProblems;
import vn.dvk.platform.sheet.SheetRow;
import vn.dvk.platform.sheet.SheetRowReader;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * Yearly task-completion ratings and titles, entered one by one or imported from a sheet. Recording the same subject
 * and year again is a correction: it supersedes the earlier record under the same id.
 */
@Service
public class RatingService {

    /** A file is one level's yearly list: the units and people of a province at most. */
    public static final int MAX_ROWS = 5_000;
    public static final SheetColumns RATING_COLUMNS = SheetColumns.builder()
            .required("Đối tượng", "subject")
            .required("Mã đơn vị", "unitCode")
            .required("Họ và tên", "personName")
            .required("Năm", "year")
            .required("Xếp loại", "rating")
            .build();
    public static final SheetColumns TITLE_COLUMNS = SheetColumns.builder()
            .required("Danh hiệu", "title")
            .required("Mã đơn vị", "unitCode")
            .required("Tên", "holderName")
            .required("Năm", "year")
            .build();

    /** A rating as entered. */
    public record RecordRating(RatedSubject subject, String unitCode, String personName, int year, TaskRating rating,
                               String recordedBy) {
    }

    /** A title as entered. */
    public record RecordTitle(Title title, String unitCode, String holderName, int year, String recordedBy) {
    }

    /** Reads one row of a sheet into an entry, or records the row's problems and reads nothing. */
    private interface RowReader<T> {
        Optional<T> read(SheetRowReader cells);
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
    public List<TaskRatingEntry> importRatings(Sheet sheet, String recordedBy) {
        return importEvery(sheet, cells -> readRating(cells, recordedBy), TaskRatingEntry::ratingId,
                "unitCode", "trùng đối tượng và năm với dòng ", this::save);
    }

    /** Imports every row or none, like {@link #importRatings}. */
    public List<TitleEntry> importTitles(Sheet sheet, String recordedBy) {
        return importEvery(sheet, cells -> readTitle(cells, recordedBy), TitleEntry::titleId,
                "holderName", "trùng với dòng ", this::save);
    }

    private <T> List<T> importEvery(Sheet sheet, RowReader<T> reader, Function<T, String> idOf,
                                    String duplicateField, String duplicateOf, Function<T, T> save) {
        if (sheet.rows().isEmpty()) {
            throw Rejection.invalid("file", "tệp không có dòng dữ liệu nào");
        }
        SheetProblems problems = new SheetProblems();
        List<T> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            SheetRowReader cells = new SheetRowReader(sheet, row, problems);
            reader.read(cells).ifPresent(entry -> {
                Integer earlier = seen.putIfAbsent(idOf.apply(entry), row.number());
                if (earlier != null) {
                    cells.problem(duplicateField, duplicateOf + earlier);
                } else {
                    entries.add(entry);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidRatingSheet(problems.issues());
        }
        return entries.stream().map(save).toList();
    }

    private Optional<TaskRatingEntry> readRating(SheetRowReader cells, String recordedBy) {
        RatedSubject subject = cells.code("subject", RatedSubject.class, true);
        String unitCode = cells.unitCode("unitCode", true, scope.directory());
        Integer year = cells.whole("year", 2000, 2100, "năm");
        TaskRating rating = cells.code("rating", TaskRating.class, true);
        if (subject == null || unitCode == null || year == null || rating == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(new RecordRating(subject, unitCode, cells.text("personName", false), year,
                    rating, recordedBy)));
        } catch (InvalidRatedPerson e) {
            cells.problem("personName", messageOf(e));
        } catch (Rejection e) {
            cells.problem("unitCode", messageOf(e));
        }
        return Optional.empty();
    }

    private Optional<TitleEntry> readTitle(SheetRowReader cells, String recordedBy) {
        Title title = cells.code("title", Title.class, true);
        String unitCode = cells.unitCode("unitCode", true, scope.directory());
        String holder = cells.text("holderName", true);
        Integer year = cells.whole("year", 2000, 2100, "năm");
        if (title == null || unitCode == null || holder == null || year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(new RecordTitle(title, unitCode, holder, year, recordedBy)));
        } catch (Rejection e) {
            cells.problem("unitCode", messageOf(e));
        }
        return Optional.empty();
    }

    private static String messageOf(Rejection refused) {
        return refused.issues().isEmpty() ? refused.getMessage() : refused.issues().get(0).message();
    }
}
