package vn.dvk.award.support.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.award.person.domain.People;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.person.domain.PersonPage;
import vn.dvk.award.person.domain.PersonQuery;
import vn.dvk.award.shared.domain.Texts;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The person registry in a map by id, with the store's version check and name matching. */
public final class InMemoryPeople implements People {

    private final Map<String, Person> people = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Person> find(String id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public synchronized void add(Person registered) {
        if (people.putIfAbsent(registered.id(), registered) != null) {
            throw new AlreadyExists(registered.id());
        }
    }

    @Override
    public synchronized void update(Person corrected) {
        Person stored = people.get(corrected.id());
        if (stored == null || stored.version() != corrected.version() - 1) {
            throw new StaleVersion(corrected.id(), corrected.version() - 1);
        }
        people.put(corrected.id(), corrected);
    }

    @Override
    public synchronized PersonPage list(PersonQuery query) {
        List<Person> selected = people.values().stream()
                .filter(p -> UnitDirectory.pathIsWithin(p.unitPath(), query.unitPath()))
                .filter(p -> query.words().stream().allMatch(Texts.fold(p.details().fullName())::contains))
                .sorted(Comparator.comparing((Person p) -> p.details().fullName()).thenComparing(Person::id))
                .toList();
        List<Person> page = selected.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new PersonPage(page, query.page(), query.size(), selected.size());
    }

    @Override
    public synchronized List<Person> named(String unitCode, String fullName) {
        return people.values().stream().filter(p -> p.details().unitCode().equals(unitCode)
                && Texts.nameKey(p.details().fullName()).equals(Texts.nameKey(fullName))).toList();
    }
}
