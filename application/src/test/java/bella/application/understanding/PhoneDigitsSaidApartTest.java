package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A phone number said a group or a digit per sentence, each digit between pauses, "oh" and "one" among them. */
class PhoneDigitsSaidApartTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Okay. Nine oh five. Five five five. Oh. One. Eight. Two.|+19055550182",
            "it's, um, seven, oh, five, five, five, five, one, one, two, four|+17055551124",
            "Four one six. Five five five. One. Oh. Four. Seven.|+14165551047"})
    void givenDigitsSaidBetweenPauses_whenAskedForANumber_thenTheyAreOneNumber(String said, String number) {
        assertThat(understanding.understand(said, Expectation.PHONE, FRIDAY_MORNING).phone()).as(said).isEqualTo(number);
    }
}
