package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day or an hour corrected while the caller is still saying the time: the value after the correction wins. */
class CorrectionsInsideADateOrTimeTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wednesday, uh, no, Thursday, sorry, at 11:15|2026-12-03T11:15",
            "the 8th, no wait, the 9th, I mean, at half past 2|2026-12-09T14:30",
            "monday at 9, no, actually, tuesday at 1|2026-12-01T13:00",
            "at 2 on friday, sorry, 3|2026-12-04T15:00"})
    void givenACorrectionInsideTheTime_whenRead_thenTheValueAfterItWins(String said, String meant) {
        ZonedDateTime start = understanding.understand(said, Expectation.TIME, FRIDAY_MORNING).start().atZone(TORONTO);

        assertThat(start.toLocalDateTime()).as(said).isEqualTo(LocalDateTime.parse(meant));
    }
}
