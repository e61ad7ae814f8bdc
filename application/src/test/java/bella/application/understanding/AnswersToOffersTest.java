package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Shift;
import bella.domain.call.Understood;
import org.junit.jupiter.api.Test;

/**
 * Answers to times offered: a lone "one" picks the first, a reason after a pick asks no time, a decline then an hour
 * asks for the hour, "nothing after five?" looks later, and a schedule checked is no booking.
 */
class AnswersToOffersTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood read(String said) {
        return understanding.understand(said, Expectation.CHOICE, FRIDAY_MORNING);
    }

    @Test
    void givenALoneOneWithWordsAroundIt_whenChoosing_thenTheFirstOffer() {
        assertThat(read("uh, one is good").choice()).isEqualTo(1);
    }

    @Test
    void givenAReasonWithATimeAfterAPick_whenChoosing_thenThePickAndNoTime() {
        Understood heard = read("the last one, I have a class till 2");

        assertThat(heard.choice()).isEqualTo(-1);
        assertThat(heard.hasTime()).isFalse();
    }

    @Test
    void givenADeclineThenAnHour_whenChoosing_thenTheHourIsAsked() {
        assertThat(read("none of those, do you have 3?").timeSaid()).isTrue();
    }

    @Test
    void givenNothingAfterAnHour_whenChoosing_thenLater() {
        assertThat(read("nothing after five?").shift().way()).isEqualTo(Shift.Way.LATER);
    }

    @Test
    void givenAScheduleToCheck_whenChoosing_thenADecline() {
        assertThat(read("none of them, I'll look at my schedule and phone you").intent()).isEqualTo(Intent.NO);
    }
}
