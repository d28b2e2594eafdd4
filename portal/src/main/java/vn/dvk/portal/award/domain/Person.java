package vn.dvk.portal.award.domain;

import java.time.LocalDate;
import java.util.List;

/** A person of award-service's registry, who may be proposed as an individual or for his household. */
public record Person(String id, String fullName, LocalDate dateOfBirth, String unitCode, String position,
                     String household) {

    /** One page of the registry. */
    public record Page(List<Person> items, int page, int size, long total) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
