package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Answers to the read-back: asking Bella not to book declines; a day of the month refused gives way to the one asked
 * for; a full name said after the spelling of its last word stands; a letter taken out is a hint, the name said.
 */
class ReadBackCorrectionsTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood read(String said) {
        return understanding.understand(said, Expectation.CONFIRMATION, FRIDAY_MORNING);
    }

    @Test
    void givenNotToBook_whenReadBack_thenNo() {
        assertThat(read("actually could you not book it, I'll ring another time").intent()).isEqualTo(Intent.NO);
    }

    @Test
    void givenADayOfTheMonthRefused_whenAnotherIsAsked_thenTheOneAsked() {
        Understood heard = read("no, the 4th doesn't work, make it the 11th, afternoon");

        assertThat(heard.start().atZone(TORONTO).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void givenTheFullNameAfterASpelledPart_whenReadBack_thenTheFullName() {
        assertThat(read("It's Ryan, R-Y-A-N. Michael O'Ryan.").name()).isEqualTo("Michael O'Ryan");
    }

    @Test
    void givenALetterTakenOut_whenReadBack_thenTheNameSaid() {
        assertThat(read("Jonson, no H").name()).isEqualTo("Jonson");
        assertThat(read("Hansen, without the e").name()).isEqualTo("Hansen");
    }
}
