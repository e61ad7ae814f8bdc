package bella.application.availability;

import static bella.application.availability.DiaryTest.HALF_HOUR;
import static bella.application.availability.DiaryTest.NOW;
import static bella.application.availability.DiaryTest.at;
import static bella.application.availability.DiaryTest.starts;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Availability;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "The latest you have", "first thing": windows read from the week's hours (the latest closing, the earliest
 * opening) are placed against the day's own hours, so a day that closes early or opens late still has its ends.
 */
class EndsOfTheDayTest {

    /** Monday to Thursday 9 to 5, Friday 10 to 3. */
    private final BusinessRules rules = new BusinessRules(DiaryTest.TORONTO, hours(), Set.of(),
            List.of(new Service("Cut", HALF_HOUR)), HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ofDays(30));
    private final Diary diary = new Diary(rules, new DiaryTest.InMemoryAppointments(), new DiaryTest.FakeCalendar());

    private static Map<DayOfWeek, Opening> hours() {
        Map<DayOfWeek, Opening> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            hours.put(day, new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        hours.put(DayOfWeek.FRIDAY, new Opening(LocalTime.of(10, 0), LocalTime.of(15, 0)));
        return hours;
    }

    private static Understood window(Instant start, Instant end) {
        return new Understood(Intent.BOOK, start, end, Grain.HOUR, true, true, null, null, null, null, null, null);
    }

    @Test
    void givenAFridayThatClosesAtThree_whenTheEndOfTheDayIsAskedFor_thenItsLastHoursAreOffered() {
        // "The latest you have on Friday", read as 3 to 5, the week's end of the day.
        Availability answer = diary.check(window(at(2026, 3, 6, 15, 0), at(2026, 3, 6, 17, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isNull();
        assertThat(starts(answer)).containsExactly(at(2026, 3, 6, 13, 0), at(2026, 3, 6, 13, 30),
                at(2026, 3, 6, 14, 0));
    }

    @Test
    void givenAFridayThatOpensAtTen_whenFirstThingIsAskedFor_thenItsFirstHourIsOffered() {
        // "First thing Friday", read as 9 to 10, the week's first hour.
        Availability answer = diary.check(window(at(2026, 3, 6, 9, 0), at(2026, 3, 6, 10, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isNull();
        assertThat(starts(answer)).containsExactly(at(2026, 3, 6, 10, 0), at(2026, 3, 6, 10, 30));
    }

    @Test
    void givenAFridayThatClosesAtThree_whenTheAfternoonIsAskedFor_thenItIsCutToTheHoursOpen() {
        Availability answer = diary.check(window(at(2026, 3, 6, 12, 0), at(2026, 3, 6, 17, 0)), NOW, HALF_HOUR);

        assertThat(starts(answer)).containsExactly(at(2026, 3, 6, 12, 0), at(2026, 3, 6, 12, 30),
                at(2026, 3, 6, 13, 0));
    }

    @Test
    void givenAFridayThatClosesAtThree_whenAfterFiveIsAskedFor_thenItIsStillOutsideTheHours() {
        Availability answer = diary.check(window(at(2026, 3, 6, 17, 0), at(2026, 3, 6, 21, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(bella.domain.call.Refusal.OUTSIDE_HOURS);
    }
}
