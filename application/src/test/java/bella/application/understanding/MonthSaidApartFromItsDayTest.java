package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month named, then after a pause and a hedge its day: the day of that month, not the month's first. */
class MonthSaidApartFromItsDayTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** A Friday in late November. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 15, 0, 0, TORONTO);

    private final Understanding understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0),
            List.of(), Map.of(), PublicHolidays.NONE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "February, say the 3rd, in the morning|2027-02-03",
            "could we do march, um, the 2nd I think|2027-03-02",
            "sometime in february? perhaps the 10th?|2027-02-10",
            "can I shift my lesson to january. Maybe the 14th.|2027-01-14"})
    void givenAMonthThenItsDayAfterAPause_whenRead_thenThatDayOfTheMonth(String said, String day) {
        ZonedDateTime start = understanding.understand(said, Expectation.TIME, NOW).start().atZone(TORONTO);

        assertThat(start.toLocalDate()).as(said).isEqualTo(LocalDate.parse(day));
    }
}
