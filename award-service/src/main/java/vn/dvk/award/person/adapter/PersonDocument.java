package vn.dvk.award.person.adapter;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.person.domain.PersonDetails;
import vn.dvk.award.shared.domain.Texts;
import vn.dvk.platform.access.UnitScoped;

/**
 * A person as stored; {@code nameKey} serves exact name matching within a unit, {@code searchText} the list's
 * {@code q}. A person belongs to a unit: officials outside its subtree do not find him.
 */
@Document("person")
@CompoundIndex(name = "unitCode_nameKey", def = "{'unitCode': 1, 'nameKey': 1}")
record PersonDocument(@Id String id, String fullName, LocalDate dateOfBirth, String unitCode,
                      @Indexed(name = "unitPath") String unitPath, String position, String household, String nameKey,
                      String searchText, Instant createdAt, Instant updatedAt, String changedBy, long version)
        implements UnitScoped {

    static PersonDocument of(Person person) {
        PersonDetails d = person.details();
        return new PersonDocument(person.id(), d.fullName(), d.dateOfBirth(), d.unitCode(), person.unitPath(),
                d.position(), d.household(), Texts.nameKey(d.fullName()), Texts.fold(d.fullName()),
                person.createdAt(), person.updatedAt(), person.changedBy(), person.version());
    }

    Person toPerson() {
        return new Person(id, new PersonDetails(fullName, dateOfBirth, unitCode, position, household), unitPath,
                version, createdAt, updatedAt, changedBy);
    }
}
