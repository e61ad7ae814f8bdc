package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In a move, "from X to Y" names the time or day moved from and the one moved to, not a range: Y is asked for. */
class MovedFromOneTimeToAnotherTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I need to change my nail appointment from 2 to 3:30|2026-11-27T15:30",
            "can you move my friday booking from Monday to Wednesday|2026-12-02T00:00"})
    void givenAMoveFromOneTimeToAnother_whenRead_thenTheNewOne(String said, String start) {
        LocalDateTime read = understanding.understand(said, Expectation.NOTHING, FRIDAY_MORNING).start()
                .atZone(TORONTO).toLocalDateTime();

        assertThat(read).as(said).isEqualTo(LocalDateTime.parse(start));
    }
}
