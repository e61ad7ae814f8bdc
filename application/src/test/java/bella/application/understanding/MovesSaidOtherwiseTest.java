package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Moving what was arranged, said with any verb of moving, is a move to the time named after it. */
class MovesSaidOtherwiseTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood understand(String said) {
        return understanding.understand(said, Expectation.INTENT, TUESDAY_MORNING);
    }

    @Test
    void givenABookingSlidToAnotherDay_whenRead_thenAMoveToThatDay() {
        Understood heard = understand("hey, could you slide my grooming over to Friday");

        assertThat(heard.intent()).isEqualTo(Intent.RESCHEDULE);
        assertThat(heard.start().atZone(TORONTO).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void givenAnAppointmentNamedWithWhatItIsForAndShifted_whenRead_thenAMove() {
        assertThat(understand("I have a tire appointment thursday but can we shift it to next week").intent())
                .isEqualTo(Intent.RESCHEDULE);
    }

    @Test
    void givenACallerDueToComeInWhoBumpsIt_whenRead_thenAMove() {
        assertThat(understand("so I'm due to come in tomorrow for a massage, any way of bumping that to monday")
                .intent()).isEqualTo(Intent.RESCHEDULE);
    }
}
