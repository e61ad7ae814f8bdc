package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month said, then said again with its day: that day of the month, not its first. */
class MonthRepeatedWithItsDayTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "February, like February 9th|2027-02-09T00:00",
            "could I do march, march 3rd|2027-03-03T00:00"})
    void givenAMonthThenTheMonthWithItsDay_whenRead_thenThatDay(String said, String start) {
        LocalDateTime read = understanding.understand(said, Expectation.NOTHING, FRIDAY_MORNING).start()
                .atZone(TORONTO).toLocalDateTime();

        assertThat(read).as(said).isEqualTo(LocalDateTime.parse(start));
    }
}
