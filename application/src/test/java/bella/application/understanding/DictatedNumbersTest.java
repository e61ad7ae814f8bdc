package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * A phone number as callers dictate it: taken up again after a slip or a pause, with the words a recogniser writes
 * for digits it mis-hears, and in parts named as such ("area code ... and the number ...").
 */
class DictatedNumbersTest {

    private final Understanding understanding = NineToFive.understanding();

    private String phone(String said) {
        return understanding.understand(said, Expectation.PHONE, TUESDAY_MORNING).phone();
    }

    @Test
    void givenDigitsTakenBackMidWay_whenRead_thenTheLaterDigitsTakeThePlaceOfAsManyBefore() {
        assertThat(phone("two eight nine, seven seven seven, oh one, no wait, oh four five six")).isEqualTo("+12897770456");
    }

    @Test
    void givenAGroupCutOffAndSaidAgainAfterAPause_whenRead_thenItIsSaidOnce() {
        assertThat(phone("613 220 9... 9 8 1 5")).isEqualTo("+16132209815");
    }

    @Test
    void givenWordsARecogniserWritesForDigits_whenInsideARunOfDigits_thenTheyAreDigits() {
        assertThat(phone("six won too, five five five, ate tree for won")).isEqualTo("+16125558341");
        assertThat(phone("it's nine oh five five five five six six won too")).isEqualTo("+19055556612");
    }

    @Test
    void givenTheWordsForDigits_whenBesideOneNumberOnly_thenTheyKeepTheirMeaning() {
        assertThat(understanding.understand("from 9 to 5", Expectation.TIME, TUESDAY_MORNING).start())
                .isEqualTo(ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, TUESDAY_MORNING.getZone()).toInstant());
    }

    @Test
    void givenTheAreaCodeAndTheNumberNamed_whenRead_thenOneNumber() {
        assertThat(phone("the area code's 289 and then the number is 555 0147")).isEqualTo("+12895550147");
        assertThat(phone("area code 905, number 555 8820")).isEqualTo("+19055558820");
    }
}
