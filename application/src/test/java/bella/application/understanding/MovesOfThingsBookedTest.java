package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import org.junit.jupiter.api.Test;

/**
 * A booking moved by naming whose it is ("move Max's trim"), rebooked, or named by the thing booked ("the van's
 * booked in for Tuesday") with another day asked is a move; "it keeps sliding" moves nothing.
 */
class MovesOfThingsBookedTest {

    private final Understanding understanding = NineToFive.understanding();

    private Intent intent(String said) {
        return understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING).intent();
    }

    @Test
    void givenSomeonesBookingMovedByName_whenRead_thenAMove() {
        assertThat(intent("can you move Max's nail trim from Monday to Tuesday the 8th")).isEqualTo(Intent.RESCHEDULE);
        assertThat(intent("could you switch Bella's bath from Friday to Saturday")).isEqualTo(Intent.RESCHEDULE);
    }

    @Test
    void givenARebooking_whenRead_thenAMove() {
        assertThat(intent("I have to rebook my session, I've got the flu, maybe Thursday afternoon"))
                .isEqualTo(Intent.RESCHEDULE);
    }

    @Test
    void givenTheThingBookedAndAnotherDayInstead_whenRead_thenAMove() {
        assertThat(intent("My van's booked in for Tuesday but could I bring it in on the 3rd instead, early"))
                .isEqualTo(Intent.RESCHEDULE);
    }

    @Test
    void givenSomethingThatKeepsSliding_whenADayIsAsked_thenABooking() {
        assertThat(intent("my mother's hearing aid keeps sliding out, could she come in Thursday at 2"))
                .isEqualTo(Intent.BOOK);
    }
}
