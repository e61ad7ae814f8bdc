package bella.application.availability;

import static bella.application.availability.DiaryTest.HALF_HOUR;
import static bella.application.availability.DiaryTest.NOW;
import static bella.application.availability.DiaryTest.at;
import static bella.application.availability.DiaryTest.starts;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Availability;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Refusal;
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
 * An evening or an early morning asked of a business open 9 to 5: outside its hours, and answered with that day's
 * free times nearest to it, the last before closing or the first after opening, not another day's.
 */
class EveningAtADaytimeBusinessTest {

    private final BusinessRules rules = new BusinessRules(DiaryTest.TORONTO, hours(), Set.of(),
            List.of(new Service("Cut", HALF_HOUR)), HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ofDays(30));
    private final Diary diary = new Diary(rules, new DiaryTest.InMemoryAppointments(), new DiaryTest.FakeCalendar());

    private static Map<DayOfWeek, Opening> hours() {
        Map<DayOfWeek, Opening> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        return hours;
    }

    private static Understood window(Instant start, Instant end) {
        return new Understood(Intent.BOOK, start, end, Grain.HOUR, true, true, null, null, null, null, null, null);
    }

    @Test
    void givenAWednesdayEveningAskedFor_whenChecked_thenOutsideTheHoursWithThatDaysLastFreeTimes() {
        Availability answer = diary.check(window(at(2026, 3, 11, 18, 0), at(2026, 3, 11, 21, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(starts(answer)).containsExactly(at(2026, 3, 11, 15, 30), at(2026, 3, 11, 16, 0),
                at(2026, 3, 11, 16, 30));
    }

    @Test
    void givenAnEarlyMorningAskedFor_whenChecked_thenThatDaysFirstFreeTimes() {
        Availability answer = diary.check(window(at(2026, 3, 11, 6, 0), at(2026, 3, 11, 8, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(starts(answer)).containsExactly(at(2026, 3, 11, 9, 0), at(2026, 3, 11, 9, 30),
                at(2026, 3, 11, 10, 0));
    }
}
