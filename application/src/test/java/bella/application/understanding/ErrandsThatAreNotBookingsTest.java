package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calls about something other than a booking: someone who runs the business asked for, a question for someone there
 * with a call back asked for, a question about the visit itself. None of them is a booking.
 */
class ErrandsThatAreNotBookingsTest {

    private final Understanding understanding = NineToFive.understanding();

    private Intent intent(String said) {
        return understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING).intent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi, I'm the rep from Dental Depot, is your practice manager in?",
            "good morning, I'm with a linen supplier, are the owners around",
            "I've got a question for the hygienist about my gums, could she ring me?",
            "it's about my dog's diet, would someone call me this afternoon"})
    void givenAPersonOrACallBackAskedFor_whenRead_thenAHuman(String said) {
        assertThat(intent(said)).isEqualTo(Intent.HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Which door do we use when we come in?", "is there a ramp for when I come in"})
    void givenAQuestionAboutTheVisit_whenRead_thenNoBooking(String said) {
        assertThat(intent(said)).isEqualTo(Intent.OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"can I come in next week", "could we come in for a cleaning", "I'd like to come in"})
    void givenComingInAskedFor_whenRead_thenStillABooking(String said) {
        assertThat(intent(said)).isEqualTo(Intent.BOOK);
    }
}
