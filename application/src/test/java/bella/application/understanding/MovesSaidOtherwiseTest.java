package bella.application.understanding;

import static bella.application.understanding.FridayMorning.nineToFive;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Moving what was arranged, said with any verb of moving, is a move to the time named after it. */
class MovesSaidOtherwiseTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** A Tuesday morning. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 3, 10, 15, 0, 0, TORONTO);

    private final Understanding understanding = nineToFive();

    private Understood understand(String said) {
        return understanding.understand(said, Expectation.INTENT, NOW);
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
