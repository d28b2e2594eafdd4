package vn.dvk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** Decimals beyond any figure of the system, or not numbers at all, are refused with their field's path. */
class BoundedNumbersTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new BoundedNumbers()).build();

    record Weights(double field, Double optional) {
    }

    @Test
    void ordinary_figures_and_sums_of_money_are_read_as_they_are() {
        Weights read = json.readValue("{\"field\": 1000000000000, \"optional\": -12.5}", Weights.class);

        assertThat(read.field()).isEqualTo(1e12);
        assertThat(read.optional()).isEqualTo(-12.5);
        assertThat(json.readValue("{\"field\": 1}", Weights.class).optional()).isNull();
    }

    @Test
    void a_huge_or_non_finite_decimal_is_refused_naming_its_field() {
        for (String value : new String[] {"1e308", "-1e16", "9223372036854775808", "\"NaN\"", "\"Infinity\""}) {
            assertThatThrownBy(() -> json.readValue("{\"field\": 1, \"optional\": " + value + "}", Weights.class))
                    .as(value).isInstanceOfSatisfying(InvalidFormatException.class, refused ->
                            assertThat(refused.getPath()).extracting(reference -> reference.getPropertyName())
                                    .containsExactly("optional"));
        }
        assertThatThrownBy(() -> json.readValue("{\"field\": 1e308}", Weights.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
