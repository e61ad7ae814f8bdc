package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day of the month said with a holiday as its bound ("before christmas, the 12th"): that day, on the bound's side.
 */
class HolidayAsABoundTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "before christmas if you can, maybe the 12th|2026-12-12T00:00",
            "after new year's, the 6th|2027-01-06T00:00",
            "some time after christmas, the 3rd would be good|2027-01-03T00:00"})
    void givenAHolidayBoundThenADayOfTheMonth_whenRead_thenThatDayOnTheBoundsSide(String said, String start) {
        LocalDateTime read = understanding.understand(said, Expectation.NOTHING, FRIDAY_MORNING).start()
                .atZone(TORONTO).toLocalDateTime();

        assertThat(read).as(said).isEqualTo(LocalDateTime.parse(start));
    }
}
