package vn.dvk.platform.person.domain;

import java.time.LocalDate;

/**
 * A person of award-service's registry as another service knows him from the registry's events: enough to match a
 * name written in a sheet and to show whom a record refers to.
 */
public record KnownPerson(String id, String fullName, LocalDate dateOfBirth, String unitCode, String unitPath,
                          String household, long version) {
}
