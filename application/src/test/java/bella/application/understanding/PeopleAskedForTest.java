package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import org.junit.jupiter.api.Test;

/** A caller who asks for a person by name or title, or for a call back, wants a human, not a booking. */
class PeopleAskedForTest {

    private final Understanding understanding = NineToFive.understanding();

    private Intent intent(String said) {
        return understanding.understand(said, Expectation.INTENT, TUESDAY_MORNING).intent();
    }

    @Test
    void givenAPersonAskedForByTitle_whenRead_thenAHuman() {
        assertThat(intent("hello, I was hoping to speak with Mrs. Abernathy")).isEqualTo(Intent.HUMAN);
    }

    @Test
    void givenWhetherSomeoneIsIn_whenRead_thenAHuman() {
        assertThat(intent("hi there, is Oluwaseun around today")).isEqualTo(Intent.HUMAN);
        assertThat(intent("is he available at all")).isEqualTo(Intent.HUMAN);
    }

    @Test
    void givenWhetherATimeIsFree_whenRead_thenStillABooking() {
        assertThat(intent("is 4 in the afternoon free on thursday")).isEqualTo(Intent.BOOK);
    }

    @Test
    void givenSomeoneTheCallerCouldTalkTo_whenRead_thenAHuman() {
        assertThat(intent("is there anybody in the office we can speak with")).isEqualTo(Intent.HUMAN);
    }

    @Test
    void givenACallBackAskedForOrReturned_whenRead_thenAHuman() {
        assertThat(intent("could the owner ring us back this afternoon")).isEqualTo(Intent.HUMAN);
        assertThat(intent("yes hi, I'm returning your call from yesterday")).isEqualTo(Intent.HUMAN);
    }
}
