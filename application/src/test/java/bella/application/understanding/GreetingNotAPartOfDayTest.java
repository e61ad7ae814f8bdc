package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A greeting that is a part of the day ("Morning!") is not the part asked for: the one said with the day is. */
class GreetingNotAPartOfDayTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Morning! I'd like to book a haircut for monday evening?|2026-11-30T18:00",
            "Afternoon! can I get in tuesday morning|2026-12-01T09:00",
            "first session whenever, um, monday evening|2026-11-30T18:00"})
    void givenAGreetingThenADayWithItsPart_whenRead_thenThePartSaidWithTheDay(String said, String start) {
        LocalDateTime read = understanding.understand(said, Expectation.NOTHING, FRIDAY_MORNING).start()
                .atZone(TORONTO).toLocalDateTime();

        assertThat(read).as(said).isEqualTo(LocalDateTime.parse(start));
    }
}
