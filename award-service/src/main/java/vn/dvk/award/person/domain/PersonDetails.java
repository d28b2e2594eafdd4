package vn.dvk.award.person.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.award.shared.domain.Texts;
import vn.dvk.platform.domain.Rejection;

/**
 * What identifies a person in the registry: name, date of birth, unit and position; no national ID number is ever
 * stored. {@code household} is the family's name as the title register writes it, which the cultural-family rule
 * matches exactly.
 */
public record PersonDetails(String fullName, LocalDate dateOfBirth, String unitCode, String position,
                            String household) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 300;

    public PersonDetails {
        fullName = Texts.trimmed(fullName);
        unitCode = Texts.trimmed(unitCode);
        position = Texts.trimmed(position);
        household = Texts.trimmed(household);
    }

    /** The rules no annotation states: bounds after trimming, and a birth date in the past and after 1900. */
    public void check(LocalDate today) {
        List<Rejection.FieldIssue> issues = new ArrayList<>();
        Texts.required(issues, "fullName", fullName, NAME_MAX);
        Texts.required(issues, "unitCode", unitCode, 50);
        Texts.bounded(issues, "position", position, TEXT_MAX);
        Texts.bounded(issues, "household", household, TEXT_MAX);
        if (dateOfBirth != null && (!dateOfBirth.isBefore(today) || dateOfBirth.getYear() < 1900)) {
            issues.add(new Rejection.FieldIssue("dateOfBirth", "phải là một ngày trong quá khứ, sau năm 1900"));
        }
        if (!issues.isEmpty()) {
            throw Rejection.invalid(issues);
        }
    }
}
