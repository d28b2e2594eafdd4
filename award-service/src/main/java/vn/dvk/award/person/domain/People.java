package vn.dvk.award.person.domain;

import java.util.List;
import java.util.Optional;

/** The person registry's store; each stored state is announced by one event, written with it. */
public interface People {

    Optional<Person> find(String id);

    /** {@link vn.dvk.platform.domain.AlreadyExists} when the id is taken. */
    void add(Person registered);

    /** Stores a corrected person one version above the stored one, else {@link vn.dvk.platform.domain.StaleVersion}. */
    void update(Person corrected);

    PersonPage list(PersonQuery query);

    /** The persons of a unit whose name is the same, case and spacing aside (see {@code Texts.sameName}). */
    List<Person> named(String unitCode, String fullName);
}
