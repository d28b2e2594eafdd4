package vn.dvk.award.person.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.award.person.domain.People;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.person.domain.PersonDetails;
import vn.dvk.award.person.domain.PersonPage;
import vn.dvk.award.person.domain.PersonQuery;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.scope.InstanceScope;

/** The person registry's use cases: register, correct, find and list persons of a unit's subtree. */
@Service
public class PersonService {

    private final People people;
    private final InstanceScope scope;
    private final Clock clock;

    public PersonService(People people, InstanceScope scope, Clock clock) {
        this.people = people;
        this.scope = scope;
        this.clock = clock;
    }

    public Person register(PersonDetails details, String by) {
        return registerAs(ResourceIds.next(), details, by);
    }

    /** Registers under a given id; {@link vn.dvk.platform.domain.AlreadyExists} when taken. */
    public Person registerAs(String id, PersonDetails details, String by) {
        details.check(LocalDate.now(clock));
        scope.requireWritable("unitCode", details.unitCode());
        Person person = Person.register(id, details, scope.pathOf(details.unitCode()), by, clock.instant());
        people.add(person);
        return person;
    }

    public Person correct(String id, long expectedVersion, PersonDetails details, String by) {
        Person current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersion(id, expectedVersion);
        }
        scope.requireWritable("unitCode", current.unitCode());
        details.check(LocalDate.now(clock));
        scope.requireWritable("unitCode", details.unitCode());
        Instant now = clock.instant();
        Person corrected = current.correct(details, scope.pathOf(details.unitCode()), by, now);
        people.update(corrected);
        return corrected;
    }

    public Optional<Person> find(String id) {
        return id == null ? Optional.empty() : people.find(id);
    }

    public Person get(String id) {
        return find(id).orElseThrow(() -> Rejection.notFound("người", id));
    }

    public PersonPage list(PersonQuery query) {
        return people.list(query);
    }
}
