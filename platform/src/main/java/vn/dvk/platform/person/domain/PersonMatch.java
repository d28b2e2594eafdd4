package vn.dvk.platform.person.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a name written in a record or a sheet row refers to in the person registry: exactly one person (or, for a
 * household, one family), several candidates, or nobody. Only {@link Matched} may be stored; the other two are
 * reported to the official, never guessed.
 */
public sealed interface PersonMatch {

    /** The name as the official wrote it. */
    String written();

    /**
     * The persons the name refers to: one for a person, the registry's members of the family for a household. Their
     * real names are what the answer shows.
     */
    record Matched(String written, List<KnownPerson> persons) implements PersonMatch {

        public Matched {
            persons = List.copyOf(persons);
        }

        public KnownPerson person() {
            return persons.get(0);
        }

        public List<String> ids() {
            return persons.stream().map(KnownPerson::id).toList();
        }

        @Override
        public String problem() {
            return "khớp với " + person().fullName();
        }
    }

    /** Several persons (or families) answer to the name: the candidates are listed, none is chosen. */
    record Ambiguous(String written, List<KnownPerson> candidates) implements PersonMatch {

        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String problem() {
            return "'" + written + "' ứng với " + candidates.size() + " người trong sổ người, không xác định được"
                    + " là ai: " + candidates.stream().map(PersonMatch::describe).collect(Collectors.joining("; "))
                    + ". Hãy ghi thêm ngày sinh hoặc dùng mã người.";
        }
    }

    /** Nobody of the unit answers to the name. */
    record Unknown(String written, String unitCode) implements PersonMatch {

        @Override
        public String problem() {
            return "không có người tên '" + written + "' của đơn vị " + unitCode + " trong sổ người; hãy thêm người"
                    + " vào sổ trước.";
        }
    }

    /** The Vietnamese explanation of the outcome; for an unmatched name it lists the candidates. */
    String problem();

    private static String describe(KnownPerson person) {
        StringBuilder text = new StringBuilder(person.fullName());
        if (person.household() != null) {
            text.append(" (").append(person.household()).append(')');
        }
        if (person.dateOfBirth() != null) {
            text.append(", sinh ").append(person.dateOfBirth().getDayOfMonth()).append('/')
                    .append(person.dateOfBirth().getMonthValue()).append('/').append(person.dateOfBirth().getYear());
        }
        return text.append(", mã ").append(person.id()).toString();
    }
}
