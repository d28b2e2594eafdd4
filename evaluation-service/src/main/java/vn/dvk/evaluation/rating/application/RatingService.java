package vn.dvk.evaluation.rating.application;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.dvk.evaluation.rating.domain.YearlyRecordRules;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.person.application.PersonDirectory;
import vn.dvk.platform.person.domain.KnownPerson;
import vn.dvk.platform.person.domain.PersonMatch;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetColumns;
import vn.dvk.platform.sheet.SheetProblems;
import vn.dvk.platform.sheet.SheetRow;
import vn.dvk.platform.sheet.SheetRowReader;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * Yearly task-completion ratings and titles, entered one by one or imported from a sheet. An individual is a person
 * of the registry and a family its household, found by id or by name in their unit; a name that matches nobody or
 * several persons is refused with the candidates, never guessed. Recording the same subject and year again is
 * refused unless it is a correction with a reason, which becomes the record's next version.
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
            .optional("Ngày sinh", "dateOfBirth")
            .optional("Lý do đính chính", "correctionReason")
            .build();
    public static final SheetColumns TITLE_COLUMNS = SheetColumns.builder()
            .required("Danh hiệu", "title")
            .required("Mã đơn vị", "unitCode")
            .required("Tên", "holderName")
            .required("Năm", "year")
            .optional("Lý do đính chính", "correctionReason")
            .build();

    /** A rating as entered; an individual by {@code personId}, or by name (and date of birth) in his unit. */
    public record RecordRating(RatedSubject subject, String unitCode, String personName, String personId,
                               LocalDate dateOfBirth, int year, TaskRating rating, String correctionReason,
                               String recordedBy) {
    }

    /** A title as entered. */
    public record RecordTitle(Title title, String unitCode, String holderName, int year, String correctionReason,
                              String recordedBy) {
    }

    /** Reads one row of a sheet into an entry, or records the row's problems and reads nothing. */
    private interface RowReader<T> {
        Optional<T> read(SheetRowReader cells);
    }

    private final TaskRatings ratings;
    private final Titles titles;
    private final PersonDirectory people;
    private final InstanceScope scope;
    private final Clock clock;

    public RatingService(TaskRatings ratings, Titles titles, PersonDirectory people, InstanceScope scope,
                         Clock clock) {
        this.ratings = ratings;
        this.titles = titles;
        this.people = people;
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
        String name = Texts.trimToNull(command.personName());
        String personId = Texts.trimToNull(command.personId());
        RatingKeys.checkPerson(command.subject(), name, personId);
        YearlyRecordRules.checkYear(command.year(), LocalDate.now(clock).getYear());
        AdministrativeUnit unit = scope.requireWritable("unitCode", command.unitCode().strip());
        KnownPerson person = command.subject() == RatedSubject.UNIT ? null
                : personId != null ? personOf(personId, unit) : matched(people.matchPerson(unit.code(), name,
                        command.dateOfBirth()), "personName").person();
        String id = RatingKeys.ratingId(command.subject(), unit.code(), person == null ? null : person.id(),
                command.year());
        String reason = Texts.trimToNull(command.correctionReason());
        long version = YearlyRecordRules.nextVersion(ratings.find(id).map(TaskRatingEntry::version), reason,
                "xếp loại năm " + command.year() + " của " + (person == null ? unit.fullName() : person.fullName()));
        return new TaskRatingEntry(id, command.subject(), unit.code(), scope.pathOf(unit.code()),
                person == null ? null : person.fullName(), command.year(), command.rating(),
                recorder(command.recordedBy(), unit), clock.instant(), person == null ? null : person.id(), version,
                reason);
    }

    /** The person a rating names by id, who must belong to the rated unit. */
    private KnownPerson personOf(String personId, AdministrativeUnit unit) {
        KnownPerson person = people.require("personId", personId);
        if (!person.unitCode().equals(unit.code())) {
            throw Rejection.unprocessable("person-of-another-unit", "personId", "Người mã '" + personId + "' ("
                    + person.fullName() + ") thuộc đơn vị " + person.unitCode() + ", không thuộc " + unit.fullName()
                    + ".");
        }
        return person;
    }

    private static PersonMatch.Matched matched(PersonMatch match, String field) {
        if (match instanceof PersonMatch.Matched matched) {
            return matched;
        }
        throw Rejection.unprocessable(match instanceof PersonMatch.Ambiguous ? "ambiguous-person" : "unknown-person",
                field, match.problem());
    }

    private TitleEntry prepare(RecordTitle command) {
        String holder = Texts.trimToNull(command.holderName());
        if (holder == null) {
            throw Rejection.invalid("holderName", "không được để trống");
        }
        if (holder.length() > YearlyRecordRules.NAME_MAX) {
            throw Rejection.invalid("holderName", "không được dài quá " + YearlyRecordRules.NAME_MAX + " ký tự");
        }
        YearlyRecordRules.checkYear(command.year(), LocalDate.now(clock).getYear());
        AdministrativeUnit unit = scope.requireWritable("unitCode", command.unitCode().strip());
        YearlyRecordRules.checkTitleUnit(command.title(), unit);
        List<String> members = List.of();
        if (command.title() == Title.CULTURAL_FAMILY) {
            PersonMatch.Matched family = matched(people.matchHousehold(unit.code(), holder), "holderName");
            holder = family.person().household();
            members = family.ids();
        }
        String id = RatingKeys.titleId(command.title(), unit.code(), holder, command.year());
        String reason = Texts.trimToNull(command.correctionReason());
        long version = YearlyRecordRules.nextVersion(titles.find(id).map(TitleEntry::version), reason,
                "danh hiệu '" + command.title().label() + "' năm " + command.year() + " của " + holder);
        return new TitleEntry(id, command.title(), unit.code(), scope.pathOf(unit.code()), holder, command.year(),
                recorder(command.recordedBy(), unit), clock.instant(), members, version, reason);
    }

    private static String recorder(String given, AdministrativeUnit unit) {
        String recordedBy = Texts.trimToNull(given);
        return recordedBy == null ? unit.fullName() : recordedBy;
    }

    private TaskRatingEntry save(TaskRatingEntry entry) {
        ratings.record(entry, new OutboundEvent<>(EvaluationEvents.TASK_RATING_RECORDED, entry.ratingId(),
                entry.unitPath(), new TaskRatingRecorded(entry.ratingId(), entry.subject(), entry.unitCode(),
                entry.unitPath(), entry.personName(), entry.year(), entry.rating(), entry.recordedBy(),
                entry.recordedAt(), entry.personId(), entry.version(), entry.correctionReason())));
        return entry;
    }

    private TitleEntry save(TitleEntry entry) {
        titles.record(entry, new OutboundEvent<>(EvaluationEvents.TITLE_RECORDED, entry.titleId(), entry.unitPath(),
                new TitleRecorded(entry.titleId(), entry.title(), entry.unitCode(), entry.unitPath(),
                        entry.holderName(), entry.year(), entry.recordedBy(), entry.recordedAt(),
                        entry.holderPersonIds(), entry.version(), entry.correctionReason())));
        return entry;
    }

    /** Ratings inside a unit's subtree, of a year (every year when null). */
    public List<TaskRatingEntry> ratings(String unitPath, Integer year) {
        return ratings.within(unitPath, year).stream()
                .sorted(Comparator.comparing(TaskRatingEntry::year).thenComparing(TaskRatingEntry::unitPath)
                        .thenComparing(e -> Objects.requireNonNullElse(e.personName(), "")))
                .toList();
    }

    /** Every version of a rating, oldest first. */
    public List<TaskRatingEntry> ratingHistory(String ratingId) {
        List<TaskRatingEntry> versions = ratings.history(ratingId);
        if (versions.isEmpty()) {
            throw Rejection.notFound("xếp loại", ratingId);
        }
        return versions;
    }

    /** Titles inside a unit's subtree, of a year and title when given. */
    public List<TitleEntry> titles(String unitPath, Integer year, Title title) {
        return titles.within(unitPath, year, title).stream()
                .sorted(Comparator.comparing(TitleEntry::year).thenComparing(TitleEntry::unitPath)
                        .thenComparing(TitleEntry::holderName))
                .toList();
    }

    /** Every version of a title, oldest first. */
    public List<TitleEntry> titleHistory(String titleId) {
        List<TitleEntry> versions = titles.history(titleId);
        if (versions.isEmpty()) {
            throw Rejection.notFound("danh hiệu", titleId);
        }
        return versions;
    }

    /**
     * Imports every row or none: all rows are checked first, and each problem names its row and column. A person or
     * family the registry does not hold, or holds several times, is such a problem, listed with the candidates: the
     * file is refused as a whole, collectives included, so that it can be corrected and sent again as one list.
     */
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
        int before = cells.problemCount();
        RatedSubject subject = cells.code("subject", RatedSubject.class, true);
        String unitCode = cells.unitCode("unitCode", true, scope.directory());
        Integer year = cells.whole("year", 2000, 2100, "năm");
        TaskRating rating = cells.code("rating", TaskRating.class, true);
        String person = cells.text("personName", false, YearlyRecordRules.NAME_MAX);
        LocalDate born = cells.text("dateOfBirth", false) == null ? null : cells.date("dateOfBirth");
        String reason = cells.text("correctionReason", false, YearlyRecordRules.REASON_MAX);
        if (cells.problemCount() > before || subject == null || unitCode == null || year == null || rating == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(new RecordRating(subject, unitCode, person, null, born, year, rating, reason,
                    recordedBy)));
        } catch (Rejection e) {
            cells.problem(fieldOf(e, "unitCode"), messageOf(e));
        }
        return Optional.empty();
    }

    private Optional<TitleEntry> readTitle(SheetRowReader cells, String recordedBy) {
        int before = cells.problemCount();
        Title title = cells.code("title", Title.class, true);
        String unitCode = cells.unitCode("unitCode", true, scope.directory());
        String holder = cells.text("holderName", true, YearlyRecordRules.NAME_MAX);
        Integer year = cells.whole("year", 2000, 2100, "năm");
        String reason = cells.text("correctionReason", false, YearlyRecordRules.REASON_MAX);
        if (cells.problemCount() > before || title == null || unitCode == null || holder == null || year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(prepare(new RecordTitle(title, unitCode, holder, year, reason, recordedBy)));
        } catch (Rejection e) {
            cells.problem(fieldOf(e, "unitCode"), messageOf(e));
        }
        return Optional.empty();
    }

    /**
     * The column a refusal of a row belongs to: the field it names when the sheet has such a column (a person's
     * name, the year), the correction reason's problems under the year (the column may be absent), else {@code
     * otherwise}.
     */
    private static String fieldOf(Rejection refused, String otherwise) {
        if (refused instanceof InvalidRatedPerson) {
            return "personName";
        }
        String field = refused.issues().isEmpty() ? null : refused.issues().get(0).field();
        if ("correctionReason".equals(field)) {
            return "year";
        }
        return field == null || "personId".equals(field) ? otherwise : field;
    }

    private static String messageOf(Rejection refused) {
        return refused.issues().isEmpty() ? refused.getMessage() : refused.issues().get(0).message();
    }
}
