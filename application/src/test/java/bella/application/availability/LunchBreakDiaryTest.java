package bella.application.availability;

import bella.application.appointments.AppointmentView;
import bella.domain.booking.Slot;
import bella.domain.call.Availability;
import bella.domain.call.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static bella.application.availability.DiaryTest.HALF_HOUR;
import static bella.application.availability.DiaryTest.NOW;
import static bella.application.availability.DiaryTest.TORONTO;
import static bella.application.availability.DiaryTest.WEEKDAYS;
import static bella.application.availability.DiaryTest.at;
import static bella.application.availability.DiaryTest.localTimes;
import static bella.application.availability.DiaryTest.moment;
import static bella.application.availability.DiaryTest.window;
import static org.assertj.core.api.Assertions.assertThat;

/** A clinic open 08:00 to 12:00 and 13:00 to 18:00 on weekdays: nothing is booked into, or across, its lunch break. */
class LunchBreakDiaryTest {

    static final Opening WITH_LUNCH = new Opening(List.of(
            new OpenPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpenPeriod(LocalTime.of(13, 0), LocalTime.of(18, 0))));
    static final Duration HOUR = Duration.ofHours(1);

    final DiaryTest.InMemoryAppointments appointments = new DiaryTest.InMemoryAppointments();

    @Test
    void givenALunchBreak_whenTheHoursAroundItAreAsked_thenSlotsStepFromEachPeriodsStartAndNoneCrossesTheBreak() {
        Diary diary = diary(Duration.ofMinutes(45), Duration.ZERO);

        Availability answer = diary.check(window(at(2026, 3, 3, 10, 0), at(2026, 3, 3, 14, 0)), NOW,
                Duration.ofMinutes(45));

        assertThat(localTimes(answer)).containsExactly(LocalTime.of(10, 15), LocalTime.of(11, 0), LocalTime.of(13, 0));
    }

    @Test
    void givenALunchBreak_whenATimeInsideItIsAsked_thenRefusedForTheBreakWithTimesOnEitherSide() {
        Diary diary = diary(HALF_HOUR, Duration.ZERO);

        Availability answer = diary.check(moment(at(2026, 3, 3, 12, 30)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.BREAK);
        assertThat(localTimes(answer)).containsExactly(LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(13, 30));
    }

    @Test
    void givenALunchBreak_whenAServiceWouldRunIntoIt_thenRefusedForTheBreak() {
        Diary diary = diary(HALF_HOUR, Duration.ZERO);

        Availability answer = diary.check(moment(at(2026, 3, 3, 11, 45)), NOW, HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.BREAK);
        assertThat(localTimes(answer)).containsExactly(LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(13, 0));
    }

    @Test
    void givenALunchBreak_whenTheFirstTimeAfterItIsAsked_thenItIsFree() {
        Diary diary = diary(HALF_HOUR, Duration.ZERO);

        assertThat(diary.check(moment(at(2026, 3, 3, 13, 0)), NOW, HOUR).requestedIsFree()).isTrue();
        assertThat(diary.check(moment(at(2026, 3, 3, 11, 0)), NOW, HOUR).requestedIsFree()).isTrue();
    }

    @Test
    void givenTheMorningFull_whenALateMorningTimeIsAsked_thenTheNearestAlternativesLieAcrossTheBreak() {
        Diary diary = diary(HALF_HOUR, Duration.ZERO);
        for (int hour = 8; hour < 12; hour++) {
            book(hour, 0);
            book(hour, 30);
        }

        Availability answer = diary.check(moment(at(2026, 3, 3, 11, 30)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
        assertThat(localTimes(answer)).containsExactly(LocalTime.of(13, 0), LocalTime.of(13, 30), LocalTime.of(14, 0));
    }

    @Test
    void givenABuffer_whenATimeRightAfterABookingIsAsked_thenRefusedForTheBufferNotAsTaken() {
        Diary diary = diary(HALF_HOUR, Duration.ofMinutes(15));
        book(13, 0);

        Availability answer = diary.check(moment(at(2026, 3, 3, 13, 30)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.BUFFER);
        assertThat(diary.check(moment(at(2026, 3, 3, 13, 0)), NOW, HALF_HOUR).refusal()).isEqualTo(Refusal.TAKEN);
    }

    @Test
    void givenTwoHoursNotice_whenTheRestOfThisMorningIsAsked_thenTooSoonRatherThanFull() {
        Diary diary = diary(HALF_HOUR, Duration.ZERO, Duration.ofHours(2));

        Availability answer = diary.check(window(at(2026, 3, 2, 10, 30), at(2026, 3, 2, 13, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TOO_SOON);
        assertThat(answer.alternatives()).isNotEmpty();
    }

    @Test
    void givenTheAfternoonOfAFullDay_whenAsked_thenFull() {
        Diary diary = diary(HALF_HOUR, Duration.ZERO);
        for (int hour = 13; hour < 18; hour++) {
            book(hour, 0);
            book(hour, 30);
        }

        Availability answer = diary.check(window(at(2026, 3, 3, 13, 0), at(2026, 3, 3, 18, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.FULL);
    }

    private void book(int hour, int minute) {
        Slot slot = Slot.of(at(2026, 3, 3, hour, minute), HALF_HOUR);
        appointments.add(new AppointmentView("a-" + slot.start(), slot.start(), slot.end(), "Ana", "+14165550123",
                "BOOKED", "CA" + slot.start().getEpochSecond(), null));
    }

    private Diary diary(Duration granularity, Duration buffer) {
        return diary(granularity, buffer, Duration.ZERO);
    }

    private Diary diary(Duration granularity, Duration buffer, Duration notice) {
        BusinessRules rules = new BusinessRules(TORONTO, BusinessRules.sameEach(WEEKDAYS, WITH_LUNCH), Set.of(),
                List.of(new Service("visit", HALF_HOUR)), granularity, buffer, notice, Duration.ofDays(30));
        return new Diary(rules, appointments, new DiaryTest.FakeCalendar());
    }
}
