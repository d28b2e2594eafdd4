package vn.dvk.platform.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonMatcherTest {

    private static final String UNIT = "04096";

    private static KnownPerson person(String id, String name) {
        return new KnownPerson(id, name, null, UNIT, "14/124/" + UNIT, null, 1);
    }

    private static KnownPerson person(String id, String name, LocalDate born, String household) {
        return new KnownPerson(id, name, born, UNIT, "14/124/" + UNIT, household, 1);
    }

    @Test
    void an_exact_name_matches_its_person() {
        List<KnownPerson> unit = List.of(person("p1", "Nguyễn Hương Bông"), person("p2", "Lò Văn Pọm"));

        PersonMatch match = PersonMatcher.person(unit, UNIT, "Nguyễn Hương Bông", null);

        assertThat(match).isInstanceOfSatisfying(PersonMatch.Matched.class,
                matched -> assertThat(matched.person().id()).isEqualTo("p1"));
    }

    @Test
    void case_spacing_and_missing_diacritics_still_match_and_the_real_name_is_reported() {
        List<KnownPerson> unit = List.of(person("p1", "Nguyễn Hương Bông"), person("p2", "Lò Văn Pọm"));

        PersonMatch folded = PersonMatcher.person(unit, UNIT, "  nguyen   HUONG bong ", null);

        assertThat(folded).isInstanceOfSatisfying(PersonMatch.Matched.class,
                matched -> assertThat(matched.person().fullName()).isEqualTo("Nguyễn Hương Bông"));
        assertThat(folded.problem()).isEqualTo("khớp với Nguyễn Hương Bông");
    }

    @Test
    void an_exact_name_wins_over_a_namesake_that_differs_only_in_diacritics() {
        List<KnownPerson> unit = List.of(person("p1", "Lò Văn Thắng"), person("p2", "Lò Văn Thăng"));

        PersonMatch exact = PersonMatcher.person(unit, UNIT, "lò văn thăng", null);
        PersonMatch bare = PersonMatcher.person(unit, UNIT, "Lo Van Thang", null);

        assertThat(exact).isInstanceOfSatisfying(PersonMatch.Matched.class,
                matched -> assertThat(matched.person().id()).isEqualTo("p2"));
        assertThat(bare).isInstanceOfSatisfying(PersonMatch.Ambiguous.class,
                ambiguous -> assertThat(ambiguous.candidates()).extracting(KnownPerson::id)
                        .containsExactly("p1", "p2"));
    }

    @Test
    void two_people_with_one_name_in_one_unit_are_ambiguous_and_listed() {
        List<KnownPerson> unit = List.of(person("p1", "Lò Thị Hoa", LocalDate.of(1980, 3, 4), null),
                person("p2", "Lò Thị Hoa", LocalDate.of(1992, 7, 1), null));

        PersonMatch match = PersonMatcher.person(unit, UNIT, "Lò Thị Hoa", null);

        assertThat(match).isInstanceOf(PersonMatch.Ambiguous.class);
        assertThat(match.problem()).contains("ứng với 2 người", "Lò Thị Hoa, sinh 4/3/1980, mã p1",
                "Lò Thị Hoa, sinh 1/7/1992, mã p2");
    }

    @Test
    void a_date_of_birth_tells_namesakes_apart() {
        List<KnownPerson> unit = List.of(person("p1", "Lò Thị Hoa", LocalDate.of(1980, 3, 4), null),
                person("p2", "Lò Thị Hoa", LocalDate.of(1992, 7, 1), null));

        PersonMatch match = PersonMatcher.person(unit, UNIT, "Lò Thị Hoa", LocalDate.of(1992, 7, 1));

        assertThat(match).isInstanceOfSatisfying(PersonMatch.Matched.class,
                matched -> assertThat(matched.person().id()).isEqualTo("p2"));
    }

    @Test
    void a_name_nobody_of_the_unit_bears_is_unknown() {
        List<KnownPerson> unit = List.of(person("p1", "Nguyễn Hương Bông"));

        PersonMatch match = PersonMatcher.person(unit, UNIT, "Hà Văn Khiêm", null);

        assertThat(match).isInstanceOf(PersonMatch.Unknown.class);
        assertThat(match.problem()).contains("không có người tên 'Hà Văn Khiêm' của đơn vị 04096");
    }

    @Test
    void a_household_matches_every_registered_member_of_the_family() {
        String family = "Gia đình ông Nguyễn Hương Bông";
        List<KnownPerson> unit = List.of(person("p1", "Nguyễn Hương Bông", null, family),
                person("p2", "Lò Thị Mai", null, family), person("p3", "Lò Văn Pọm", null, "Gia đình ông Lò Văn Pọm"));

        PersonMatch match = PersonMatcher.household(unit, UNIT, "gia dinh ong nguyen huong bong");

        assertThat(match).isInstanceOfSatisfying(PersonMatch.Matched.class,
                matched -> assertThat(matched.ids()).containsExactly("p1", "p2"));
    }

    @Test
    void two_families_that_differ_only_in_diacritics_are_ambiguous_when_written_without_them() {
        List<KnownPerson> unit = List.of(person("p1", "Lò Văn Thắng", null, "Hộ ông Lò Văn Thắng"),
                person("p2", "Lò Văn Thăng", null, "Hộ ông Lò Văn Thăng"));

        assertThat(PersonMatcher.household(unit, UNIT, "Ho ong Lo Van Thang"))
                .isInstanceOf(PersonMatch.Ambiguous.class);
        assertThat(PersonMatcher.household(unit, UNIT, "Hộ ông Lò Văn Thắng")).isInstanceOf(PersonMatch.Matched.class);
        assertThat(PersonMatcher.household(unit, UNIT, "Hộ ông Hà Văn Khiêm")).isInstanceOf(PersonMatch.Unknown.class);
    }
}
