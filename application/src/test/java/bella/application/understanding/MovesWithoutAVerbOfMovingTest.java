package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A booking the caller already has, said with its time no longer suiting or a wish to change it, is a move even
 * without a verb of moving before it.
 */
class MovesWithoutAVerbOfMovingTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood understand(String said) {
        return understanding.understand(said, Expectation.INTENT, TUESDAY_MORNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm already booked for thursday but that day won't work for me after all",
            "we're booked with your clinic already and the hour no longer suits us",
            "we already have a booking with you but the morning is no good anymore"})
    void givenABookingTheCallerHasThatNoLongerSuits_whenRead_thenAMove(String said) {
        Understood heard = understand(said);

        assertThat(heard.intent()).as(said).isEqualTo(Intent.RESCHEDULE);
        assertThat(heard.name()).as(said).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I already have an appointment, I'd like to change it please",
            "I've already got a session with Maria and need to shift it",
            "my daughter has a piano session booked on monday and we need to change the day"})
    void givenABookingTheCallerHasThatTheyWantChanged_whenRead_thenAMove(String said) {
        assertThat(understand(said).intent()).as(said).isEqualTo(Intent.RESCHEDULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I already have an appointment on friday and I'd like to book another one for my son"})
    void givenABookingTheCallerHasBesideANewOne_whenRead_thenABooking(String said) {
        assertThat(understand(said).intent()).as(said).isEqualTo(Intent.BOOK);
    }
}
