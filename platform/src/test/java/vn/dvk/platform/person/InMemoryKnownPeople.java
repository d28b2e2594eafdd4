package vn.dvk.platform.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.platform.person.domain.KnownPeople;
import vn.dvk.platform.person.domain.KnownPerson;

/** The local copy of the person registry in memory, for the services' tests. */
public final class InMemoryKnownPeople implements KnownPeople {

    private final Map<String, KnownPerson> people = new LinkedHashMap<>();

    @Override
    public Optional<KnownPerson> find(String id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<KnownPerson> inUnit(String unitCode) {
        return people.values().stream().filter(p -> p.unitCode().equals(unitCode)).toList();
    }

    @Override
    public void save(KnownPerson person) {
        people.put(person.id(), person);
    }
}
