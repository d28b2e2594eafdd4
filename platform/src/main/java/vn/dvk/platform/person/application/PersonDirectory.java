package vn.dvk.platform.person.application;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.contracts.award.PersonSnapshot;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.person.domain.KnownPeople;
import vn.dvk.platform.person.domain.KnownPerson;
import vn.dvk.platform.person.domain.PersonMatch;
import vn.dvk.platform.person.domain.PersonMatcher;

/**
 * The person registry as a service that does not own it knows it: kept from award-service's person events, asked to
 * match a written name or to resolve a person id a request names.
 */
public class PersonDirectory {

    private static final Logger log = LoggerFactory.getLogger(PersonDirectory.class);

    private final KnownPeople people;

    public PersonDirectory(KnownPeople people) {
        this.people = people;
    }

    /** Keeps the newest snapshot; one not newer than the stored one (redelivered, reordered) changes nothing. */
    public void apply(PersonSnapshot snapshot) {
        Optional<KnownPerson> current = people.find(snapshot.id());
        if (current.isPresent() && current.get().version() >= snapshot.version()) {
            log.debug("person {} snapshot v{} ignored, copy is at v{}", snapshot.id(), snapshot.version(),
                    current.get().version());
            return;
        }
        people.save(new KnownPerson(snapshot.id(), snapshot.fullName(), snapshot.dateOfBirth(), snapshot.unitCode(),
                snapshot.unitPath(), snapshot.household(), snapshot.version()));
    }

    public Optional<KnownPerson> find(String id) {
        return id == null ? Optional.empty() : people.find(id);
    }

    /**
     * The person a request names by id: 422 naming {@code field} when the registry never announced him here or he
     * lies outside the caller's subtree.
     */
    public KnownPerson require(String field, String id) {
        return find(id).orElseThrow(() -> Rejection.unprocessable("unknown-person", field,
                "Không có người mã '" + id + "' trong sổ người."));
    }

    /** A person of {@code unitCode} by name, narrowed by the date of birth when given. */
    public PersonMatch matchPerson(String unitCode, String name, LocalDate dateOfBirth) {
        return PersonMatcher.person(people.inUnit(unitCode), unitCode, name, dateOfBirth);
    }

    /** A family of {@code unitCode} by the household name the title register writes. */
    public PersonMatch matchHousehold(String unitCode, String household) {
        return PersonMatcher.household(people.inUnit(unitCode), unitCode, household);
    }
}
