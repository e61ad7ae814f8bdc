package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date named with its month or weekday that has just gone by was said by mistake: it is reported as passed, with
 * the nearest days ahead the caller may have meant, never read as a year on.
 */
class PastDatesHeardTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood understand(String text) {
        return understanding.understand(text, Expectation.TIME, FRIDAY_MORNING);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(TORONTO).toLocalDateTime();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "november 3rd|2026-11-03T00:00|2026-12-03T00:00",
            "the 3rd of November at 10|2026-11-03T10:00|2026-12-03T10:00",
            "could I come in on October 30th|2026-10-30T00:00|2026-11-30T00:00",
            "the 20th of November at 2 pm|2026-11-20T14:00|2026-12-20T14:00"})
    void givenADayOfAMonthJustGone_whenRead_thenItIsPassedAndThatDayOfTheNextMonthAheadIsMeant(String text,
            String passed, String meant) {
        Understood heard = understand(text);

        assertThat(local(heard.passed())).as(text).isEqualTo(LocalDateTime.parse(passed));
        assertThat(local(heard.start())).as(text).isEqualTo(LocalDateTime.parse(meant));
        assertThat(heard.otherReading()).as(text).isNull();
    }

    @Test
    void givenAWeekdayAndADayOfTheMonthJustGone_whenRead_thenThatWeekdayAndThatDayAheadAreMeant() {
        Understood heard = understand("monday the 23rd at 2");

        assertThat(local(heard.passed())).isEqualTo(LocalDateTime.of(2026, 11, 23, 14, 0));
        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 11, 30, 14, 0));
        assertThat(local(heard.otherReading())).isEqualTo(LocalDateTime.of(2026, 12, 23, 14, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"january 5th|2027-01-05T00:00", "the 3rd|2026-12-03T00:00",
            "thursday the 3rd|2026-12-03T00:00", "december 1st|2026-12-01T00:00",
            "the 20th at 2|2026-12-20T14:00"})
    void givenADayAhead_whenRead_thenNothingHasPassed(String text, String meant) {
        Understood heard = understand(text);

        assertThat(heard.passed()).as(text).isNull();
        assertThat(local(heard.start())).as(text).isEqualTo(LocalDateTime.parse(meant));
    }
}
