package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import org.junit.jupiter.api.Test;

/**
 * A call back asked of someone, whoever handles a matter, or a message passed on ask for a person; a number given
 * in case Bella needs to call back asks for nobody.
 */
class CallBacksAndMessagesTest {

    private final Understanding understanding = NineToFive.understanding();

    private Intent intent(String said) {
        return understanding.understand(said, Expectation.INTENT, TUESDAY_MORNING).intent();
    }

    @Test
    void givenSomeoneAskedToGiveACall_whenRead_thenAHuman() {
        assertThat(intent("could you get the manager to give us a call back")).isEqualTo(Intent.HUMAN);
        assertThat(intent("I'd like the dentist to call me back today")).isEqualTo(Intent.HUMAN);
    }

    @Test
    void givenWhoeverHandlesAMatter_whenAskedFor_thenAHuman() {
        assertThat(intent("I'd like to talk to whoever handles the invoices")).isEqualTo(Intent.HUMAN);
    }

    @Test
    void givenAMessagePassedOn_whenRead_thenAHuman() {
        assertThat(intent("can you give a message to my teacher Mr. Lee that I'm sick")).isEqualTo(Intent.HUMAN);
    }

    @Test
    void givenANumberInCaseOfACallBack_whenBooking_thenStillABooking() {
        assertThat(intent("I want to book a haircut, my cell is 416 555 0100 in case you need to call me back"))
                .isEqualTo(Intent.BOOK);
    }
}
