package vn.dvk.platform.person.domain;

import java.util.List;
import java.util.Optional;

/** The local copy of the person registry, kept from its events. */
public interface KnownPeople {

    /** The person, unless unknown here or outside the caller's subtree (which must not learn that he exists). */
    Optional<KnownPerson> find(String id);

    /** The persons registered in a unit (not below it). */
    List<KnownPerson> inUnit(String unitCode);

    void save(KnownPerson person);
}
