package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A vague day ("one day", "after work") then a concrete one ("like Tuesday evening"): the concrete one is asked for.
 */
class VagueDayThenConcreteDayTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Could I possibly push my visit to after work one day? Like Tuesday evening?|2026-12-01T18:00",
            "could we do one day after school, maybe thursday afternoon|2026-12-03T12:00"})
    void givenAVagueDayThenAConcreteOne_whenRead_thenTheConcreteOne(String said, String start) {
        LocalDateTime read = understanding.understand(said, Expectation.NOTHING, FRIDAY_MORNING).start()
                .atZone(TORONTO).toLocalDateTime();

        assertThat(read).as(said).isEqualTo(LocalDateTime.parse(start));
    }
}
