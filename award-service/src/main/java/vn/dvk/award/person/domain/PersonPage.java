package vn.dvk.award.person.domain;

import java.util.List;

/** One page of the registry and the number of persons all pages hold. */
public record PersonPage(List<Person> items, int page, int size, long total) {
}
