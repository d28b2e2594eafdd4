package vn.dvk.platform.person.adapter;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.platform.access.UnitScoped;
import vn.dvk.platform.person.domain.KnownPerson;

/** A person of the registry as copied from its events; only his unit's subtree sees him. */
@Document("known_people")
record KnownPersonDocument(@Id String id, String fullName, LocalDate dateOfBirth, @Indexed String unitCode,
                           String unitPath, String household, long version) implements UnitScoped {

    static KnownPersonDocument of(KnownPerson p) {
        return new KnownPersonDocument(p.id(), p.fullName(), p.dateOfBirth(), p.unitCode(), p.unitPath(),
                p.household(), p.version());
    }

    KnownPerson toPerson() {
        return new KnownPerson(id, fullName, dateOfBirth, unitCode, unitPath, household, version);
    }
}
