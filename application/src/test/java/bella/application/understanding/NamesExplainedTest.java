package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asked for a name, callers explain it: a hyphen said aloud, the name put in order by saying which part is the
 * given name, the parts given apart or around a hint at the spelling.
 */
class NamesExplainedTest {

    private final Understanding understanding = NineToFive.understanding();

    private String name(String said) {
        return understanding.understand(said, Expectation.NAME, FRIDAY_MORNING).name();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anne-Sophie Leblanc. Anne dash Sophie.|Anne-Sophie Leblanc",
            "Jean hyphen Baptiste Roy|Jean-Baptiste Roy"})
    void givenAHyphenSaidAloud_whenRead_thenThePartsAreOneGivenName(String said, String name) {
        assertThat(name(said)).isEqualToIgnoringCase(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Park Seo-yeon. Sorry, Seo-yeon Park, first name Seo-yeon.|Seo-yeon Park",
            "Nguyen Thi Lan, first name Lan|Lan Nguyen Thi"})
    void givenTheGivenNameSaidAsSuch_whenRead_thenItGoesFirst(String said, String name) {
        assertThat(name(said)).isEqualToIgnoringCase(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Oluwaseun, and the last name's Adeyemi.|Oluwaseun Adeyemi",
            "Kristina, with a K, Novak.|Kristina Novak",
            "Moira McAllister, with a capital A.|Moira McAllister"})
    void givenThePartsSaidApartOrAroundAHint_whenRead_thenTheWholeName(String said, String name) {
        assertThat(name(said)).isEqualToIgnoringCase(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ortiz with an s at the end, please.|Ortiz", "Hanna, with two Ns, thanks|Hanna"})
    void givenAHintFollowedByCourtesy_whenRead_thenTheNameAlone(String said, String name) {
        assertThat(name(said)).isEqualTo(name);
    }
}
