package vn.dvk.platform.person.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.dvk.platform.text.SearchText;

/**
 * Matches a name written by an official to the persons of a unit. A name written exactly (case, Unicode form and
 * spacing aside) wins over one that matches only without diacritics, so "Thắng" finds Thắng even when the unit also
 * has a Thăng; a name typed without diacritics ("Nguyen Van Thang") finds the one person it can mean, and both when
 * it can mean both. A date of birth, when written, narrows the candidates. One candidate is a match; several are
 * ambiguous; none is unknown.
 */
public final class PersonMatcher {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonMatcher() {
    }

    /** A person by full name (and date of birth when given) among the persons of {@code unitCode}. */
    public static PersonMatch person(Collection<KnownPerson> unitPeople, String unitCode, String name,
                                     LocalDate dateOfBirth) {
        List<KnownPerson> born = dateOfBirth == null ? List.copyOf(unitPeople) : unitPeople.stream()
                .filter(p -> dateOfBirth.equals(p.dateOfBirth())).toList();
        List<List<KnownPerson>> candidates = candidates(born, KnownPerson::fullName, KnownPerson::id, name);
        return outcome(candidates, unitCode, name);
    }

    /**
     * A family by the household name the title register writes ("Gia đình ông Nguyễn Hương Bông"): the match holds
     * every person of the unit registered under that household.
     */
    public static PersonMatch household(Collection<KnownPerson> unitPeople, String unitCode, String household) {
        List<KnownPerson> withHousehold = unitPeople.stream().filter(p -> p.household() != null).toList();
        List<List<KnownPerson>> candidates = candidates(withHousehold, KnownPerson::household,
                p -> exactKey(p.household()), household);
        return outcome(candidates, unitCode, household);
    }

    private static PersonMatch outcome(List<List<KnownPerson>> candidates, String unitCode, String written) {
        if (candidates.isEmpty()) {
            return new PersonMatch.Unknown(written, unitCode);
        }
        if (candidates.size() == 1) {
            return new PersonMatch.Matched(written, candidates.get(0));
        }
        return new PersonMatch.Ambiguous(written, candidates.stream().map(group -> group.get(0)).toList());
    }

    /** The distinct candidates (grouped by {@code identity}) of the exact stage, else of the folded stage. */
    private static List<List<KnownPerson>> candidates(List<KnownPerson> people, Function<KnownPerson, String> nameOf,
                                                      Function<KnownPerson, String> identity, String written) {
        String exact = exactKey(written);
        if (exact.isEmpty()) {
            return List.of();
        }
        List<List<KnownPerson>> exactly = grouped(people.stream()
                .filter(p -> exact.equals(exactKey(nameOf.apply(p)))).toList(), identity);
        if (!exactly.isEmpty()) {
            return exactly;
        }
        String folded = SearchText.fold(written);
        return grouped(people.stream().filter(p -> folded.equals(SearchText.fold(nameOf.apply(p)))).toList(),
                identity);
    }

    private static List<List<KnownPerson>> grouped(List<KnownPerson> people, Function<KnownPerson, String> identity) {
        Map<String, List<KnownPerson>> groups = new LinkedHashMap<>();
        people.stream().sorted(java.util.Comparator.comparing(KnownPerson::id))
                .forEach(p -> groups.computeIfAbsent(identity.apply(p), key -> new ArrayList<>()).add(p));
        return List.copyOf(groups.values());
    }

    /** NFC, lower case, single spaces: what "the same name" means when diacritics count. */
    public static String exactKey(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }
}
