package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The families a held-out set of phrasings showed, each read in general: said here in other words than the set's,
 * so that what is tested is the word class or structure, not the sentence.
 */
class HeldOutFamiliesTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood understand(String text, Expectation expecting) {
        return understanding.understand(text, expecting, TUESDAY_MORNING);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(TORONTO).toLocalDateTime();
    }

    @Test
    void givenAVerbOfMovingWithABookingMade_whenRead_thenItIsAMoveToTheDayAfterTo() {
        Understood heard = understand("we were meant to be in tomorrow, could you push it to friday at 3",
                Expectation.INTENT);

        assertThat(heard.intent()).isEqualTo(Intent.RESCHEDULE);
        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 3, 6, 15, 0));
    }

    @Test
    void givenABookingMadeAndSwitched_whenRead_thenItIsAMove() {
        Understood heard = understand("I booked the wrong time, can you shift it to Monday", Expectation.INTENT);

        assertThat(heard.intent()).isEqualTo(Intent.RESCHEDULE);
        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 3, 9, 0, 0));
    }

    @Test
    void givenAnOilChange_whenRead_thenNothingIsMoved() {
        Understood heard = understand("I need an oil change on friday", Expectation.INTENT);

        assertThat(heard.intent()).isEqualTo(Intent.BOOK);
    }

    @Test
    void givenTheFamilyNameSpelledBeforeTheGivenName_whenRead_thenTheFullNameInItsOrder() {
        Understood heard = understand("Okafor, O K A F O R, and first name Chidi", Expectation.NAME);

        assertThat(heard.name()).isEqualTo("Chidi Okafor");
    }

    @Test
    void givenTheGivenNameSpelledAndTheFamilyNameAfter_whenRead_thenBoth() {
        Understood heard = understand("first name is Siobhan, S I O B H A N, surname Kelly", Expectation.NAME);

        assertThat(heard.name()).isEqualTo("Siobhan Kelly");
    }

    @Test
    void givenASecondNumberAfterACorrection_whenRead_thenTheSecondNumber() {
        Understood heard = understand("home is 905 555 0100, oh sorry, use my mobile, 289 555 0111", Expectation.PHONE);

        assertThat(heard.phone()).isEqualTo("+12895550111");
    }

    @Test
    void givenTwoNumbersWithoutACorrection_whenRead_thenTheFirst() {
        Understood heard = understand("905 555 0100 or my mobile 289 555 0111", Expectation.PHONE);

        assertThat(heard.phone()).isEqualTo("+19055550100");
    }

    @Test
    void givenATimeWithIsh_whenRead_thenThatTime() {
        assertThat(local(understand("thursday around two-ish", Expectation.TIME).start()))
                .isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 0));
        assertThat(local(understand("midday-ish tomorrow", Expectation.TIME).start()))
                .isEqualTo(LocalDateTime.of(2026, 3, 4, 12, 0));
    }

    @Test
    void givenAnHourRunIntoItsVerbAndAnAcceptance_whenChoosing_thenThatHour() {
        Understood heard = understand("yeah eleven's fine, I'll be in the area", Expectation.CHOICE);

        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 3, 3, 11, 0));
    }

    @Test
    void givenAnOptionAccepted_whenChoosing_thenTheOptionNotAnHour() {
        Understood heard = understand("option 3 is great", Expectation.CHOICE);

        assertThat(heard.choice()).isEqualTo(3);
        assertThat(heard.start()).isNull();
    }

    @Test
    void givenTheFullNameAskedToBeWritten_whenConfirming_thenTheNameIsRead() {
        Understood heard = understand("could you use my full name please, Jean Paul Martin", Expectation.CONFIRMATION);

        assertThat(heard.name()).isEqualTo("Jean Paul Martin");
    }
}
