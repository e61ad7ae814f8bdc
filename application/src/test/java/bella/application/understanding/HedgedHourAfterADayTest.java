package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bare number after a day and a hedge ("maybe", "say", "like") is the hour on that day, not a month. */
class HedgedHourAfterADayTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tuesday, maybe 3|2026-12-01T15:00",
            "Hi, can I book a trim for Thursday, say around 2?|2026-12-03T14:00",
            "we could set up a first lesson. Maybe Friday after school, like 4?|2026-12-04T16:00"})
    void givenADayThenAHedgedNumber_whenRead_thenTheHourOnThatDay(String said, String start) {
        LocalDateTime read = understanding.understand(said, Expectation.NOTHING, FRIDAY_MORNING).start()
                .atZone(TORONTO).toLocalDateTime();

        assertThat(read).as(said).isEqualTo(LocalDateTime.parse(start));
    }
}
