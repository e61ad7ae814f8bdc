package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month named, then after a pause and a hedge its day: the day of that month, not the month's first. */
class MonthSaidApartFromItsDayTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "February, say the 3rd, in the morning|2027-02-03",
            "could we do march, um, the 2nd I think|2027-03-02",
            "sometime in february? perhaps the 10th?|2027-02-10",
            "can I shift my lesson to january. Maybe the 14th.|2027-01-14"})
    void givenAMonthThenItsDayAfterAPause_whenRead_thenThatDayOfTheMonth(String said, String day) {
        ZonedDateTime start = understanding.understand(said, Expectation.TIME, FRIDAY_MORNING).start().atZone(TORONTO);

        assertThat(start.toLocalDate()).as(said).isEqualTo(LocalDate.parse(day));
    }
}
