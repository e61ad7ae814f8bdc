package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A phone number said a group or a digit per sentence, each digit between pauses, "oh" and "one" among them. */
class PhoneDigitsSaidApartTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 15, 0, 0,
            ZoneId.of("America/Toronto"));

    private final Understanding understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0),
            List.of(), Map.of(), PublicHolidays.NONE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Okay. Nine oh five. Five five five. Oh. One. Eight. Two.|+19055550182",
            "it's, um, seven, oh, five, five, five, five, one, one, two, four|+17055551124",
            "Four one six. Five five five. One. Oh. Four. Seven.|+14165551047"})
    void givenDigitsSaidBetweenPauses_whenAskedForANumber_thenTheyAreOneNumber(String said, String number) {
        assertThat(understanding.understand(said, Expectation.PHONE, NOW).phone()).as(said).isEqualTo(number);
    }
}
