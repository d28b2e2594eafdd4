package vn.dvk.contracts.award;

import java.time.LocalDate;

/**
 * A person of the registry: identified by id, never by a national ID number, which is not stored. {@code household}
 * names the person's family as the title register writes it ("Gia đình ông Nguyễn Hương Bông"), null when unknown.
 */
public record PersonSnapshot(String id, String fullName, LocalDate dateOfBirth, String unitCode, String unitPath,
                             String position, String household, long version) {
}
