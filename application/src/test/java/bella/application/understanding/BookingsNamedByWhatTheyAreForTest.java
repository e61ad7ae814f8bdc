package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A booking the caller has, named by what it is for ("a root canal scheduled", "I booked a trim"), then moved with a
 * verb of moving or another time asked for "instead", is a move, though "booked" alone would ask for a booking.
 */
class BookingsNamedByWhatTheyAreForTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @ValueSource(strings = {"we've got a root canal scheduled for Tuesday, could you push that to Thursday",
            "I have a deep clean booked on Friday but want to bump it to the week after",
            "I booked a trim for Saturday, can I come Monday instead",
            "my son has a lesson booked, how about Friday instead"})
    void givenABookingNamedByWhatItIsFor_whenMovedOrAnotherTimeAsked_thenAMove(String said) {
        assertThat(understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING).intent()).as(said)
                .isEqualTo(Intent.RESCHEDULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'd like to book a trim for Friday",
            "could I get a cleaning booked for Tuesday morning"})
    void givenABookingAskedFor_thenStillABooking(String said) {
        assertThat(understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING).intent()).as(said)
                .isEqualTo(Intent.BOOK);
    }
}
