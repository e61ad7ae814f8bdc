package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A weekday said with a month and its day only confirms that date, in either order of month and day and in a month
 * of the next year: it is never read as the next such weekday.
 */
class WeekdayWithItsDateTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "could I come in thursday february 4th at 10     | 2027-02-04T10:00",
        "friday the 12th of february, at two thirty       | 2027-02-12T14:30",
        "tuesday march 2 at 11 am please                  | 2027-03-02T11:00",
        "how about wednesday december 9th at 1            | 2026-12-09T13:00"})
    void givenAWeekdayWithItsMonthAndDay_whenRead_thenThatDate(String text, LocalDateTime meant) {
        Understood heard = understanding.understand(text, Expectation.TIME, FRIDAY_MORNING);

        assertThat(heard.start().atZone(TORONTO).toLocalDateTime()).as(text).isEqualTo(meant);
    }
}
