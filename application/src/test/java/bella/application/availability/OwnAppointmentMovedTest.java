package bella.application.availability;

import static bella.application.availability.DiaryTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.appointments.AppointmentView;
import bella.domain.booking.Slot;
import bella.domain.call.Availability;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Refusal;
import bella.domain.call.Understood;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An appointment being moved is never its own conflict: the time it leaves is free for it, and only for it. */
class OwnAppointmentMovedTest {

    private static final Duration HOUR = Duration.ofHours(1);

    /** Hour-long appointments every half hour, a quarter of an hour kept free around each. */
    private final BusinessRules rules = new BusinessRules(DiaryTest.TORONTO,
            BusinessRules.sameEach(DiaryTest.WEEKDAYS, new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0))),
            Set.of(), List.of(new Service("Massage", HOUR)), DiaryTest.HALF_HOUR, Duration.ofMinutes(15),
            Duration.ZERO, Duration.ofDays(30));
    private final DiaryTest.InMemoryAppointments appointments = new DiaryTest.InMemoryAppointments();
    private final DiaryTest.FakeCalendar calendar = new DiaryTest.FakeCalendar();
    private final Diary diary = new Diary(rules, appointments, calendar);
    /** An hour on Tuesday at 10, mirrored in the owner's calendar as busy. */
    private final Slot own = Slot.of(at(2026, 3, 3, 10, 0), HOUR);

    private void booked(Slot slot, String id) {
        appointments.add(new AppointmentView(id, slot.start(), slot.end(), "Ana", "+14165550123", "BOOKED", "CA1",
                null));
        calendar.busy.add(slot);
    }

    @Test
    void givenAnAppointmentMovedByHalfAnHour_whenChecked_thenItsOwnTimeIsNoConflict() {
        booked(own, "a-own");

        Availability answer = diary.check(DiaryTest.moment(at(2026, 3, 3, 10, 30)), DiaryTest.NOW, HOUR, own);

        assertThat(answer.requestedIsFree()).isTrue();
    }

    @Test
    void givenAnotherBookingStill_whenTheMoveMeetsIt_thenItIsTaken() {
        booked(own, "a-own");
        booked(Slot.of(at(2026, 3, 3, 11, 0), HOUR), "a-other");

        Availability answer = diary.check(DiaryTest.moment(at(2026, 3, 3, 10, 30)), DiaryTest.NOW, HOUR, own);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
        assertThat(answer.alternatives()).contains(Slot.of(at(2026, 3, 3, 9, 0), HOUR));
    }

    @Test
    void givenAnAppointmentMoved_whenAWindowIsAskedFor_thenTheTimesAroundItsOwnAreOffered() {
        booked(own, "a-own");
        Understood morning = new Understood(Intent.BOOK, at(2026, 3, 3, 9, 0), at(2026, 3, 3, 12, 0), Grain.HOUR,
                true, true, null, null, null, null, null, null);

        Availability answer = diary.check(morning, DiaryTest.NOW, HOUR, own);

        assertThat(answer.alternatives()).contains(Slot.of(at(2026, 3, 3, 9, 30), HOUR));
    }

    @Test
    void givenNoAppointmentMoved_whenItsTimeIsAskedFor_thenItIsTaken() {
        booked(own, "a-own");

        Availability answer = diary.check(DiaryTest.moment(at(2026, 3, 3, 10, 30)), DiaryTest.NOW, HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
    }
}
