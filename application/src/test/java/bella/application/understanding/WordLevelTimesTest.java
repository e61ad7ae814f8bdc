package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Distances from now, bounds, deadlines and times ruled out, read word by word with their words as lexicon rows
 * (distances.tsv, bounds.tsv, deadlines.tsv, refusals.tsv): each structure, and the longest phrase deciding.
 */
class WordLevelTimesTest {

    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    /** Friday 27 November 2026, mid-morning. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZONE);

    private final Understanding understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0),
            List.of(), Map.of(), PublicHolidays.of("CA"));

    private Understood read(String text) {
        return understanding.understand(text, Expectation.TIME, NOW);
    }

    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ZONE);
    }

    @Test
    void givenADistanceWithItsAmountInWords_whenRead_thenNowMovedByIt() {
        assertThat(read("in a couple of hours").start()).isEqualTo(NOW.plusHours(2).toInstant());
        assertThat(read("in about 2 and a half hours").start()).isEqualTo(NOW.plusMinutes(150).toInstant());
        assertThat(read("three quarters of an hour from now").start()).isEqualTo(NOW.plusMinutes(45).toInstant());
    }

    @Test
    void givenAmountAndUnitWrittenTogether_whenRead_thenTheSameDistance() {
        assertThat(read("in 1/2h").start()).isEqualTo(NOW.plusMinutes(30).toInstant());
    }

    @Test
    void givenTheNextFewUnits_whenRead_thenAWindowFromTheNextWholeUnit() {
        Understood next = read("anything in the next 90 minutes");

        assertThat(next.start()).isEqualTo(NOW.plusMinutes(1).toInstant());
        assertThat(Duration.between(next.start(), next.end())).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void givenNowAsTheWholeAnswer_whenRead_thenTheSoonestSlots() {
        assertThat(read("um right now if possible").start()).isEqualTo(NOW.toInstant());
        assertThat(read("i'm busy now").start()).isNull();
    }

    @Test
    void givenBoundsOfBothSides_whenRead_thenTheLongestPhraseDecides() {
        Understood notAfter = read("not after 3 pm");
        Understood noEarlier = read("no earlier than 3 pm");

        assertThat(notAfter.start()).isEqualTo(at(27, 9, 0).toInstant());
        assertThat(notAfter.end()).isEqualTo(at(27, 15, 0).toInstant());
        assertThat(noEarlier.start()).isEqualTo(at(27, 15, 0).toInstant());
        assertThat(noEarlier.end()).isEqualTo(at(27, 17, 0).toInstant());
    }

    @Test
    void givenAPartOfTheDayRefused_whenRead_thenTheOtherOneSaid() {
        Understood read = read("i can't do the morning, afternoon is better");

        assertThat(read.start()).isEqualTo(at(27, 12, 0).toInstant());
    }

    @Test
    void givenADeadlineAtTheEndOfAPeriod_whenRead_thenAnyTimeUntilThen() {
        Understood week = read("by the end of next week");

        assertThat(week.start()).isEqualTo(NOW.toInstant());
        assertThat(week.end()).isEqualTo(ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, ZONE).toInstant());
        assertThat(read("come by at 3").end()).isNull();
    }

    @Test
    void givenAClockTimeMovedByADistance_whenRead_thenTheTimeMoved() {
        assertThat(read("30 minutes before 3 pm").start()).isEqualTo(at(27, 14, 30).toInstant());
    }

    @Test
    void givenADayRuledOut_whenRead_thenTheOtherDay() {
        assertThat(read("monday's bad, how about friday at 2").start())
                .isEqualTo(ZonedDateTime.of(2026, 12, 4, 14, 0, 0, 0, ZONE).toInstant());
        assertThat(read("can't do monday's slot").start()).isNull();
    }
}
