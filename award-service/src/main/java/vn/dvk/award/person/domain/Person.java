package vn.dvk.award.person.domain;

import java.time.Instant;
import vn.dvk.contracts.award.PersonSnapshot;

/**
 * A person of the registry, referred to by id from ratings, titles, models' owners and proposals instead of free
 * text. Each change is announced by one event and raises the version by one.
 */
public record Person(String id, PersonDetails details, String unitPath, long version, Instant createdAt,
                     Instant updatedAt, String changedBy) {

    public static Person register(String id, PersonDetails details, String unitPath, String by, Instant at) {
        return new Person(id, details, unitPath, 1, at, at, by);
    }

    public Person correct(PersonDetails corrected, String correctedUnitPath, String by, Instant at) {
        return new Person(id, corrected, correctedUnitPath, version + 1, createdAt, at, by);
    }

    public String fullName() {
        return details.fullName();
    }

    public String unitCode() {
        return details.unitCode();
    }

    public PersonSnapshot snapshot() {
        return new PersonSnapshot(id, details.fullName(), details.dateOfBirth(), details.unitCode(), unitPath,
                details.position(), details.household(), version);
    }
}
