package bella.application.availability;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import bella.domain.booking.Slot;
import bella.domain.call.Availability;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Refusal;
import bella.domain.call.Understood;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Monday 2 March 2026, 10:07 in Toronto (EST). */
    static final Instant NOW = at(2026, 3, 2, 10, 7);

    final BusinessRules rules = new BusinessRules(TORONTO, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
            HALF_HOUR, Duration.ofDays(30));
    final InMemoryAppointments appointments = new InMemoryAppointments();
    final FakeCalendar calendar = new FakeCalendar();
    final Diary diary = new Diary(rules, appointments, calendar);

    @Test
    void givenFreeSlot_whenRequested_thenItIsFree() {
        Availability answer = diary.check(moment(at(2026, 3, 3, 14, 30)), NOW, HALF_HOUR);

        assertThat(answer.requestedIsFree()).isTrue();
        assertThat(answer.requested()).isEqualTo(slot(2026, 3, 3, 14, 30));
        assertThat(answer.refusal()).isNull();
        assertThat(answer.alternatives()).isEmpty();
    }

    @Test
    void givenTimeEarlierToday_whenRequested_thenRefusedAsPastWithSoonestSlotsAfterNow() {
        Availability answer = diary.check(moment(at(2026, 3, 2, 9, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.PAST);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 2, 10, 30), at(2026, 3, 2, 11, 0), at(2026, 3, 2, 11, 30));
    }

    @Test
    void givenTheCurrentMoment_whenRequested_thenRefusedAsPast() {
        Availability answer = diary.check(moment(NOW), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.PAST);
        assertThat(answer.alternatives()).allSatisfy(slot -> assertThat(slot.start()).isAfter(NOW));
    }

    @Test
    void givenTimeBeyondHorizon_whenRequested_thenRefusedWithTheLastFreeSlotsBeforeIt() {
        Availability answer = diary.check(moment(at(2026, 4, 15, 10, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.BEYOND_HORIZON);
        assertThat(answer.alternatives()).isNotEmpty().allSatisfy(
                slot -> assertThat(slot.start()).isBeforeOrEqualTo(NOW.plus(rules.horizon())));
    }

    @Test
    void givenSunday_whenSlotRequested_thenRefusedAsClosedDayWithFirstSlotsOfMonday() {
        Availability answer = diary.check(moment(at(2026, 3, 8, 10, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.CLOSED_DAY);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 9, 9, 0), at(2026, 3, 9, 9, 30), at(2026, 3, 9, 10, 0));
    }

    @Test
    void givenSevenInTheMorning_whenRequested_thenRefusedAsOutsideHoursWithFirstSlotsOfThatDay() {
        Availability answer = diary.check(moment(at(2026, 3, 3, 7, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 0));
    }

    @Test
    void givenAppointmentThatWouldEndAfterClosing_whenRequested_thenRefusedAsOutsideHoursWithLastSlotsOfThatDay() {
        Availability answer = diary.check(moment(at(2026, 3, 3, 16, 45)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 15, 30), at(2026, 3, 3, 16, 0), at(2026, 3, 3, 16, 30));
    }

    @Test
    void givenLastSlotBeforeClosing_whenRequested_thenItIsFree() {
        Availability answer = diary.check(moment(at(2026, 3, 3, 16, 30)), NOW, HALF_HOUR);

        assertThat(answer.requestedIsFree()).isTrue();
    }

    @Test
    void givenBookedSlot_whenRequested_thenRefusedAsTakenWithNearestFreeSlotsThatDayInTimeOrder() {
        book(2026, 3, 3, 14, 0);
        book(2026, 3, 3, 14, 30);
        book(2026, 3, 3, 15, 0);

        Availability answer = diary.check(moment(at(2026, 3, 3, 14, 30)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 13, 0), at(2026, 3, 3, 13, 30), at(2026, 3, 3, 15, 30));
        assertThat(answer.alternatives()).noneMatch(this::overlapsABooking);
    }

    @Test
    void givenBookingOffTheHalfHour_whenNeighbouringSlotRequested_thenAlternativesAvoidEveryOverlap() {
        appointments.add(new AppointmentView("a-1", at(2026, 3, 3, 10, 15), at(2026, 3, 3, 10, 45),
                "Ana", "+14165550123", "BOOKED", "CA1", null));

        Availability answer = diary.check(moment(at(2026, 3, 3, 10, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 30), at(2026, 3, 3, 11, 0));
        assertThat(answer.alternatives()).noneMatch(this::overlapsABooking);
    }

    @Test
    void givenOwnerBusyInCalendar_whenThatTimeRequested_thenRefusedAsTaken() {
        calendar.busy.add(new Slot(at(2026, 3, 3, 12, 0), at(2026, 3, 3, 13, 0)));

        Availability answer = diary.check(moment(at(2026, 3, 3, 12, 30)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 11, 30), at(2026, 3, 3, 13, 0), at(2026, 3, 3, 13, 30));
    }

    @Test
    void givenOwnerBusyInCalendar_whenDayRequested_thenBusyTimeIsNotOffered() {
        calendar.busy.add(new Slot(at(2026, 3, 3, 8, 0), at(2026, 3, 3, 10, 0)));

        Availability answer = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR);

        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 10, 0), at(2026, 3, 3, 10, 30), at(2026, 3, 3, 11, 0));
    }

    @Test
    void givenOnlyTomorrowSaid_whenChecked_thenFirstFreeSlotsOfTomorrowOffered() {
        book(2026, 3, 3, 9, 30);

        Availability answer = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR);

        assertThat(answer.requested()).isNull();
        assertThat(answer.refusal()).isNull();
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 9, 0), at(2026, 3, 3, 10, 0), at(2026, 3, 3, 10, 30));
    }

    @Test
    void givenAfternoonWindow_whenChecked_thenFirstFreeSlotsInItOffered() {
        book(2026, 3, 3, 12, 0);

        Availability answer = diary.check(window(at(2026, 3, 3, 12, 0), at(2026, 3, 3, 17, 0)), NOW, HALF_HOUR);

        assertThat(answer.requested()).isNull();
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 12, 30), at(2026, 3, 3, 13, 0), at(2026, 3, 3, 13, 30));
    }

    @Test
    void givenWindowAlreadyStarted_whenChecked_thenOnlySlotsAfterNowOffered() {
        Availability answer = diary.check(window(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 12, 0)), NOW, HALF_HOUR);

        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 2, 10, 30), at(2026, 3, 2, 11, 0), at(2026, 3, 2, 11, 30));
    }

    @Test
    void givenNothingSaid_whenChecked_thenSoonestFreeSlotsAfterNowOffered() {
        Availability answer = diary.check(Understood.intent(Intent.BOOK), NOW, HALF_HOUR);

        assertThat(answer.requested()).isNull();
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 2, 10, 30), at(2026, 3, 2, 11, 0), at(2026, 3, 2, 11, 30));
    }

    @Test
    void givenNothingSaidLateOnFriday_whenChecked_thenSoonestSlotsRunIntoMonday() {
        Instant fridayAfternoon = at(2026, 3, 6, 16, 10);

        Availability answer = diary.check(Understood.nothing(), fridayAfternoon, HALF_HOUR);

        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 6, 16, 30), at(2026, 3, 9, 9, 0), at(2026, 3, 9, 9, 30));
    }

    @Test
    void givenFullyBookedDay_whenDayRequested_thenFirstSlotsOfNextOpenDayOffered() {
        bookWholeDay(LocalDate.of(2026, 3, 6));

        Availability answer = diary.check(day(LocalDate.of(2026, 3, 6)), NOW, HALF_HOUR);

        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 9, 9, 0), at(2026, 3, 9, 9, 30), at(2026, 3, 9, 10, 0));
    }

    @Test
    void givenFullyBookedDay_whenDayRequested_thenRefusedAsFull() {
        bookWholeDay(LocalDate.of(2026, 3, 6));

        assertThat(diary.check(day(LocalDate.of(2026, 3, 6)), NOW, HALF_HOUR).refusal()).isEqualTo(Refusal.FULL);
    }

    @Test
    void givenBookedAfternoon_whenThatAfternoonRequested_thenFullWithTheNextAfternoonsFirstSlots() {
        for (int hour = 12; hour < 17; hour++) {
            book(2026, 3, 3, hour, 0);
            book(2026, 3, 3, hour, 30);
        }

        Availability answer = diary.check(window(at(2026, 3, 3, 12, 0), at(2026, 3, 3, 17, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.FULL);
        assertThat(answer.requested()).isEqualTo(new Slot(at(2026, 3, 3, 12, 0), at(2026, 3, 3, 17, 0)));
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 4, 12, 0), at(2026, 3, 4, 12, 30), at(2026, 3, 4, 13, 0));
    }

    @Test
    void givenClosedSaturday_whenSaturdayAfternoonRequested_thenClosedDayWithMondayAfternoon() {
        Availability answer = diary.check(window(at(2026, 3, 7, 12, 0), at(2026, 3, 7, 17, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.CLOSED_DAY);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 9, 12, 0), at(2026, 3, 9, 12, 30), at(2026, 3, 9, 13, 0));
    }

    @Test
    void givenAnEveningWindow_whenRequested_thenOutsideHoursWithThatDaysLastSlots() {
        Availability answer = diary.check(window(at(2026, 3, 3, 18, 0), at(2026, 3, 3, 21, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 15, 30), at(2026, 3, 3, 16, 0), at(2026, 3, 3, 16, 30));
    }

    @Test
    void givenAMorningAlreadyOver_whenRequested_thenPastWithTomorrowMorning() {
        Instant afternoon = at(2026, 3, 2, 14, 0);

        Availability answer = diary.check(window(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 12, 0)), afternoon, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.PAST);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 0));
    }

    @Test
    void givenFullyBookedDay_whenSlotRequested_thenRefusedAsTakenWithSlotsOfNextOpenDay() {
        bookWholeDay(LocalDate.of(2026, 3, 6));

        Availability answer = diary.check(moment(at(2026, 3, 6, 11, 0)), NOW, HALF_HOUR);

        assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
        assertThat(starts(answer)).containsExactly(
                at(2026, 3, 9, 9, 0), at(2026, 3, 9, 9, 30), at(2026, 3, 9, 10, 0));
    }

    @Test
    void givenEmptyDay_whenTakenSlotRequested_thenAtMostThreeAlternatives() {
        book(2026, 3, 4, 12, 0);

        Availability answer = diary.check(moment(at(2026, 3, 4, 12, 0)), NOW, HALF_HOUR);

        assertThat(answer.alternatives()).hasSize(Diary.OFFERS).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void givenAnyKindOfRequest_whenChecked_thenNeverMoreThanThreeSlotsOffered() {
        List<Understood> requests = List.of(
                Understood.nothing(),
                day(LocalDate.of(2026, 3, 3)),
                week(LocalDate.of(2026, 3, 9)),
                window(at(2026, 3, 3, 9, 0), at(2026, 3, 3, 17, 0)),
                moment(at(2026, 3, 8, 10, 0)),
                moment(at(2026, 3, 3, 7, 0)));

        for (Understood request : requests) {
            assertThat(diary.check(request, NOW, HALF_HOUR).alternatives()).hasSizeLessThanOrEqualTo(3);
        }
    }

    @Nested
    class AcrossDaylightSaving {

        /** Friday 6 March 2026, 18:00 EST: the clocks go forward on Sunday the 8th, 2:00 becomes 3:00. */
        final Instant beforeSpringForward = at(2026, 3, 6, 18, 0);

        /** Friday 30 October 2026, 18:00 EDT: the clocks go back on Sunday 1 November, 2:00 becomes 1:00. */
        final Instant beforeFallBack = at(2026, 10, 30, 18, 0);

        @Test
        void givenClocksGoForwardOverWeekend_whenNothingSaid_thenMondayStillOpensAtNineLocal() {
            Availability answer = diary.check(Understood.nothing(), beforeSpringForward, HALF_HOUR);

            assertThat(starts(answer)).containsExactly(
                    Instant.parse("2026-03-09T13:00:00Z"),
                    Instant.parse("2026-03-09T13:30:00Z"),
                    Instant.parse("2026-03-09T14:00:00Z"));
        }

        @Test
        void givenClocksGoForward_whenLastSlotsRequestedEitherSide_thenClosingIsFivePmLocal() {
            Instant now = at(2026, 3, 5, 8, 0);

            assertThat(diary.check(moment(Instant.parse("2026-03-06T21:30:00Z")), now, HALF_HOUR)
                    .requestedIsFree()).isTrue();
            assertThat(diary.check(moment(Instant.parse("2026-03-06T22:00:00Z")), now, HALF_HOUR).refusal())
                    .isEqualTo(Refusal.OUTSIDE_HOURS);
            assertThat(diary.check(moment(Instant.parse("2026-03-09T20:30:00Z")), now, HALF_HOUR)
                    .requestedIsFree()).isTrue();
            assertThat(diary.check(moment(Instant.parse("2026-03-09T21:00:00Z")), now, HALF_HOUR).refusal())
                    .isEqualTo(Refusal.OUTSIDE_HOURS);
        }

        @Test
        void givenClocksGoForward_whenEightAmEdtRequested_thenOutsideHoursThoughItWasNineUnderEst() {
            Instant eightEdt = Instant.parse("2026-03-09T12:00:00Z");

            Availability answer = diary.check(moment(eightEdt), beforeSpringForward, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
            assertThat(starts(answer)).first().isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        }

        @Test
        void givenOpenEveryDay_whenDayOfSpringForwardRequested_thenSlotsRunFromNineToFiveLocal() {
            Diary everyDay = openEveryDay();
            LocalDate sunday = LocalDate.of(2026, 3, 8);

            Availability first = everyDay.check(day(sunday), beforeSpringForward, HALF_HOUR);
            Availability last = everyDay.check(window(at(2026, 3, 8, 16, 0), at(2026, 3, 8, 17, 0)),
                    beforeSpringForward, HALF_HOUR);

            assertThat(starts(first)).containsExactly(
                    Instant.parse("2026-03-08T13:00:00Z"),
                    Instant.parse("2026-03-08T13:30:00Z"),
                    Instant.parse("2026-03-08T14:00:00Z"));
            assertThat(localTimes(last)).containsExactly(LocalTime.of(16, 0), LocalTime.of(16, 30));
        }

        @Test
        void givenClocksGoBackOverWeekend_whenNothingSaid_thenMondayStillOpensAtNineLocal() {
            Availability answer = diary.check(Understood.nothing(), beforeFallBack, HALF_HOUR);

            assertThat(starts(answer)).containsExactly(
                    Instant.parse("2026-11-02T14:00:00Z"),
                    Instant.parse("2026-11-02T14:30:00Z"),
                    Instant.parse("2026-11-02T15:00:00Z"));
        }

        @Test
        void givenClocksGoBack_whenLastSlotsRequestedEitherSide_thenClosingIsFivePmLocal() {
            Instant now = at(2026, 10, 29, 8, 0);

            assertThat(diary.check(moment(Instant.parse("2026-10-30T20:30:00Z")), now, HALF_HOUR)
                    .requestedIsFree()).isTrue();
            assertThat(diary.check(moment(Instant.parse("2026-10-30T21:00:00Z")), now, HALF_HOUR).refusal())
                    .isEqualTo(Refusal.OUTSIDE_HOURS);
            assertThat(diary.check(moment(Instant.parse("2026-11-02T21:30:00Z")), now, HALF_HOUR)
                    .requestedIsFree()).isTrue();
            assertThat(diary.check(moment(Instant.parse("2026-11-02T22:00:00Z")), now, HALF_HOUR).refusal())
                    .isEqualTo(Refusal.OUTSIDE_HOURS);
        }

        @Test
        void givenOpenEveryDay_whenDayOfFallBackRequested_thenSlotsRunFromNineToFiveLocal() {
            Diary everyDay = openEveryDay();
            LocalDate sunday = LocalDate.of(2026, 11, 1);

            Availability first = everyDay.check(day(sunday), beforeFallBack, HALF_HOUR);
            Availability last = everyDay.check(window(at(2026, 11, 1, 16, 0), at(2026, 11, 1, 17, 0)),
                    beforeFallBack, HALF_HOUR);

            assertThat(starts(first)).containsExactly(
                    Instant.parse("2026-11-01T14:00:00Z"),
                    Instant.parse("2026-11-01T14:30:00Z"),
                    Instant.parse("2026-11-01T15:00:00Z"));
            assertThat(localTimes(last)).containsExactly(LocalTime.of(16, 0), LocalTime.of(16, 30));
        }

        private Diary openEveryDay() {
            BusinessRules everyDay = new BusinessRules(TORONTO, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
                    LocalTime.of(17, 0), HALF_HOUR, Duration.ofDays(30));
            return new Diary(everyDay, appointments, calendar);
        }
    }

    @Nested
    class ConfiguredRules {

        /** Monday 2 March 2026; Saturday the 7th is open 10 to 2; Wednesday the 4th is a closed date. */
        final LocalDate saturday = LocalDate.of(2026, 3, 7);
        final LocalDate closedWednesday = LocalDate.of(2026, 3, 4);

        @Test
        void givenSaturdayHours_whenSaturdayRequested_thenSlotsRunFromTenToTwo() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            assertThat(localTimes(diary.check(day(saturday), NOW, HALF_HOUR)))
                    .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0));
            assertThat(diary.check(moment(at(2026, 3, 7, 13, 30)), NOW, HALF_HOUR).requestedIsFree()).isTrue();
            assertThat(diary.check(moment(at(2026, 3, 7, 14, 0)), NOW, HALF_HOUR)
                    .refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
        }

        @Test
        void givenSaturdayOpensAtTen_whenNineRequested_thenOutsideHoursWithThatMorningsSlots() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            Availability answer = diary.check(moment(at(2026, 3, 7, 9, 0)), NOW, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 7, 10, 0), at(2026, 3, 7, 10, 30), at(2026, 3, 7, 11, 0));
        }

        @Test
        void givenNoSundayHours_whenSundayRequested_thenClosedDayWithMondaysFirstSlots() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            Availability answer = diary.check(moment(at(2026, 3, 8, 11, 0)), NOW, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.CLOSED_DAY);
            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 9, 9, 0), at(2026, 3, 9, 9, 30), at(2026, 3, 9, 10, 0));
        }

        @Test
        void givenClosedDate_whenSlotThatDayRequested_thenClosedDayWithNextDaysFirstSlots() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            Availability answer = diary.check(moment(at(2026, 3, 4, 10, 0)), NOW, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.CLOSED_DAY);
            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 5, 9, 0), at(2026, 3, 5, 9, 30), at(2026, 3, 5, 10, 0));
        }

        @Test
        void givenClosedDate_whenThatDayOrTheWeekRequested_thenNothingOfferedOnIt() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            assertThat(starts(diary.check(day(closedWednesday), NOW, HALF_HOUR)
                    )).first().isEqualTo(at(2026, 3, 5, 9, 0));
            assertThat(diary.check(window(at(2026, 3, 3, 16, 0), at(2026, 3, 5, 10, 0)), NOW, HALF_HOUR).alternatives())
                    .extracting(slot -> slot.start().atZone(TORONTO).toLocalDate())
                    .doesNotContain(closedWednesday);
        }

        @Test
        void givenQuarterHourGranularity_whenDayRequested_thenHalfHourSlotsStartEveryQuarter() {
            Diary diary = diary(rules(Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO));

            Availability answer = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR);

            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 15), at(2026, 3, 3, 9, 30));
            assertThat(answer.alternatives()).allSatisfy(slot -> assertThat(slot.length()).isEqualTo(HALF_HOUR));
        }

        @Test
        void givenQuarterHourGranularity_whenTakenSlotRequested_thenNearestQuarterHourStartsOffered() {
            Diary diary = diary(rules(Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO));
            book(2026, 3, 3, 10, 0);

            Availability answer = diary.check(moment(at(2026, 3, 3, 10, 15)), NOW, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.TAKEN);
            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 30), at(2026, 3, 3, 10, 45));
            assertThat(answer.alternatives()).noneMatch(DiaryTest.this::overlapsABooking);
        }

        @Test
        void givenQuarterHourGranularity_whenLastSlotsOfTheDayRequested_thenTheLastStartsThirtyMinutesBeforeClosing() {
            Diary diary = diary(rules(Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO));

            Availability answer = diary.check(window(at(2026, 3, 3, 16, 15), at(2026, 3, 3, 17, 0)), NOW, HALF_HOUR);

            assertThat(localTimes(answer)).containsExactly(LocalTime.of(16, 15), LocalTime.of(16, 30));
        }

        @Test
        void givenBuffer_whenSlotsOffered_thenTheyKeepTheBufferFromABooking() {
            Diary diary = diary(rules(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ZERO));
            book(2026, 3, 3, 10, 0);

            Availability before = diary.check(window(at(2026, 3, 3, 9, 0), at(2026, 3, 3, 10, 0)), NOW, HALF_HOUR);
            Availability after = diary.check(window(at(2026, 3, 3, 10, 0), at(2026, 3, 3, 12, 0)), NOW, HALF_HOUR);

            assertThat(localTimes(before)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15));
            assertThat(localTimes(after))
                    .containsExactly(LocalTime.of(10, 45), LocalTime.of(11, 0), LocalTime.of(11, 15));
        }

        @Test
        void givenBuffer_whenSlotRightAfterABookingRequested_thenRefusedForTheBuffer() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ofMinutes(10), Duration.ZERO));
            book(2026, 3, 3, 10, 0);

            Availability answer = diary.check(moment(at(2026, 3, 3, 10, 30)), NOW, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.BUFFER);
            assertThat(starts(answer)).doesNotContain(at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 30));
        }

        @Test
        void givenBuffer_whenOwnerBusyInCalendar_thenTheBufferIsKeptFromThatToo() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ofMinutes(10), Duration.ZERO));
            calendar.busy.add(new Slot(at(2026, 3, 3, 12, 0), at(2026, 3, 3, 13, 0)));

            assertThat(diary.check(moment(at(2026, 3, 3, 13, 0)), NOW, HALF_HOUR).refusal()).isEqualTo(Refusal.BUFFER);
            assertThat(diary.check(moment(at(2026, 3, 3, 13, 30)), NOW, HALF_HOUR).requestedIsFree()).isTrue();
        }

        @Test
        void givenAnHoursNotice_whenSlotWithinTheHourRequested_thenTooSoonWithSlotsAfterTheNotice() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ofHours(1)));

            Availability answer = diary.check(moment(at(2026, 3, 2, 10, 30)), NOW, HALF_HOUR);

            assertThat(answer.refusal()).isEqualTo(Refusal.TOO_SOON);
            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 2, 11, 30), at(2026, 3, 2, 12, 0), at(2026, 3, 2, 12, 30));
        }

        @Test
        void givenAnHoursNotice_whenNothingSaid_thenSoonestSlotsStartAfterTheNotice() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ofHours(1)));

            Availability answer = diary.check(Understood.nothing(), NOW, HALF_HOUR);

            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 2, 11, 30), at(2026, 3, 2, 12, 0), at(2026, 3, 2, 12, 30));
        }

        @Test
        void givenAnHoursNotice_whenSlotExactlyAnHourAheadRequested_thenFree() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ofHours(1)));
            Instant tenOClock = at(2026, 3, 2, 10, 0);

            assertThat(diary.check(moment(at(2026, 3, 2, 11, 0)), tenOClock, HALF_HOUR).requestedIsFree()).isTrue();
            assertThat(diary.check(moment(at(2026, 3, 2, 9, 0)), tenOClock, HALF_HOUR)
                    .refusal()).isEqualTo(Refusal.PAST);
        }

        @Test
        void givenOneDayHorizon_whenTheDayAfterRequested_thenOnlySlotsUpToTheHorizonOffered() {
            Diary diary = diary(new BusinessRules(TORONTO, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
                    HALF_HOUR, Duration.ofDays(1)));

            Availability day = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR);
            Availability late = diary.check(moment(at(2026, 3, 3, 14, 0)), NOW, HALF_HOUR);

            assertThat(starts(day)).containsExactly(at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 0));
            assertThat(late.refusal()).isEqualTo(Refusal.BEYOND_HORIZON);
            assertThat(late.alternatives()).isNotEmpty()
                    .allSatisfy(slot -> assertThat(slot.start()).isBeforeOrEqualTo(NOW.plus(Duration.ofDays(1))));
        }

        @Test
        void givenCancelledAppointment_whenItsTimeRequested_thenFree() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));
            appointments.add(new AppointmentView("a-1", at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 30),
                    "Ana", "+14165550123", Appointments.CANCELLED, "CA1", null));

            assertThat(diary.check(moment(at(2026, 3, 3, 9, 0)), NOW, HALF_HOUR).requestedIsFree()).isTrue();
            assertThat(starts(diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR))).first()
                    .isEqualTo(at(2026, 3, 3, 9, 0));
        }

        @Test
        void givenCalendarUnavailable_whenBookedSlotRequested_thenOwnBookingsStillCountAndCalendarNotConsulted() {
            Diary diary = new Diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO), appointments, unavailable);
            book(2026, 3, 3, 9, 0);

            Availability taken = diary.check(moment(at(2026, 3, 3, 9, 0)), NOW, HALF_HOUR);
            Availability options = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR);

            assertThat(taken.refusal()).isEqualTo(Refusal.TAKEN);
            assertThat(taken.calendarConsulted()).isFalse();
            assertThat(starts(taken)).doesNotContain(at(2026, 3, 3, 9, 0));
            assertThat(starts(options)).containsExactly(
                    at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 0), at(2026, 3, 3, 10, 30));
            assertThat(options.calendarConsulted()).isFalse();
        }

        @Test
        void givenCalendarUnavailable_whenSearchRunsOverSeveralDays_thenCalendarAskedOnlyOnce() {
            Diary diary = new Diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO), appointments, unavailable);
            bookWholeDay(LocalDate.of(2026, 3, 3));

            Availability answer = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, HALF_HOUR);

            assertThat(starts(answer)).first().isEqualTo(at(2026, 3, 5, 9, 0));
            assertThat(unavailable.asked).isEqualTo(1);
        }

        @Test
        void givenCalendarAnswers_whenChecked_thenAnswerSaysItWasConsulted() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            assertThat(diary.check(moment(at(2026, 3, 3, 9, 0)), NOW, HALF_HOUR).calendarConsulted()).isTrue();
            assertThat(diary.check(Understood.nothing(), NOW, HALF_HOUR).calendarConsulted()).isTrue();
        }

        @Test
        void givenHourLongService_whenDayRequested_thenHourLongSlotsClearOfBookings() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));
            book(2026, 3, 3, 10, 0);

            Availability answer = diary.check(day(LocalDate.of(2026, 3, 3)), NOW, Duration.ofHours(1));

            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 3, 9, 0), at(2026, 3, 3, 10, 30), at(2026, 3, 3, 11, 0));
            assertThat(answer.alternatives())
                    .allSatisfy(slot -> assertThat(slot.length()).isEqualTo(Duration.ofHours(1)));
        }

        @Test
        void givenHourLongService_whenItWouldRunPastClosing_thenOutsideHoursWithTheDaysLastHourLongSlots() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));

            Availability answer = diary.check(moment(at(2026, 3, 3, 16, 30)), NOW, Duration.ofHours(1));

            assertThat(answer.refusal()).isEqualTo(Refusal.OUTSIDE_HOURS);
            assertThat(answer.requested().length()).isEqualTo(Duration.ofHours(1));
            assertThat(starts(answer)).containsExactly(
                    at(2026, 3, 3, 15, 0), at(2026, 3, 3, 15, 30), at(2026, 3, 3, 16, 0));
        }

        @Test
        void givenHourLongService_whenAlternativesAsked_thenTheyLastAnHour() {
            Diary diary = diary(rules(HALF_HOUR, Duration.ZERO, Duration.ZERO));
            book(2026, 3, 3, 11, 0);

            List<Slot> alternatives = diary.alternativesTo(Slot.of(at(2026, 3, 3, 11, 0), Duration.ofHours(1)), NOW);

            assertThat(alternatives).extracting(Slot::start).containsExactly(
                    at(2026, 3, 3, 10, 0), at(2026, 3, 3, 11, 30), at(2026, 3, 3, 12, 0));
            assertThat(alternatives).allSatisfy(slot -> assertThat(slot.length()).isEqualTo(Duration.ofHours(1)));
        }

        @Test
        void givenSundayHoursAndQuarterHours_whenClocksChangeThatSunday_thenSlotsFollowLocalTime() {
            Map<DayOfWeek, Opening> sundays = Map.of(DayOfWeek.SUNDAY, new Opening(LocalTime.of(10, 0),
                    LocalTime.of(14, 0)));
            Diary diary = diary(new BusinessRules(TORONTO, sundays, Set.of(), List.of(new Service("visit", HALF_HOUR)),
                    Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO, Duration.ofDays(365)));

            Availability forward = diary.check(day(LocalDate.of(2026, 3, 8)), NOW, HALF_HOUR);
            Availability back = diary.check(day(LocalDate.of(2026, 11, 1)), NOW, HALF_HOUR);
            Availability lastBack = diary.check(window(at(2026, 11, 1, 13, 0), at(2026, 11, 1, 14, 0)), NOW, HALF_HOUR);

            assertThat(starts(forward)).containsExactly(Instant.parse("2026-03-08T14:00:00Z"),
                    Instant.parse("2026-03-08T14:15:00Z"), Instant.parse("2026-03-08T14:30:00Z"));
            assertThat(starts(back)).containsExactly(Instant.parse("2026-11-01T15:00:00Z"),
                    Instant.parse("2026-11-01T15:15:00Z"), Instant.parse("2026-11-01T15:30:00Z"));
            assertThat(localTimes(lastBack))
                    .containsExactly(LocalTime.of(13, 0), LocalTime.of(13, 15), LocalTime.of(13, 30));
        }

        /** Weekdays 9 to 5, Saturdays 10 to 2, closed on Wednesday 4 March; 30-minute appointments, 30-day horizon. */
        BusinessRules rules(Duration granularity, Duration buffer, Duration notice) {
            Map<DayOfWeek, Opening> week = new EnumMap<>(BusinessRules.sameEach(WEEKDAYS,
                    new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0))));
            week.put(DayOfWeek.SATURDAY, new Opening(LocalTime.of(10, 0), LocalTime.of(14, 0)));
            return new BusinessRules(TORONTO, week, Set.of(closedWednesday),
                    List.of(new Service(BusinessRules.APPOINTMENT, HALF_HOUR), new Service("cleaning",
                            Duration.ofHours(1))), granularity, buffer, notice, Duration.ofDays(30));
        }

        Diary diary(BusinessRules rules) {
            return new Diary(rules, appointments, calendar);
        }

        final UnavailableCalendar unavailable = new UnavailableCalendar();
    }

    @Test
    void givenAnUnavailableCalendar_whenATurnIsPrepared_thenItIsAskedOnceAboutTheWholeHorizonAndNothingFails() {
        UnavailableCalendar calendar = new UnavailableCalendar();

        new Diary(rules, appointments, calendar).prepare(NOW);

        assertThat(calendar.asked).isEqualTo(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(TORONTO).toInstant();
    }

    static Slot slot(int year, int month, int day, int hour, int minute) {
        return Slot.of(at(year, month, day, hour, minute), HALF_HOUR);
    }

    static Understood moment(Instant start) {
        return new Understood(Intent.BOOK, start, null, Grain.MINUTE, true, true, null, null, null, null, null, null);
    }

    static Understood day(LocalDate day) {
        return new Understood(Intent.BOOK, day.atStartOfDay(TORONTO).toInstant(), null, Grain.DAY, false, true,
                null, null, null, null, null, null);
    }

    static Understood week(LocalDate monday) {
        return new Understood(Intent.BOOK, monday.atStartOfDay(TORONTO).toInstant(),
                monday.plusWeeks(1).atStartOfDay(TORONTO).toInstant(),
                        Grain.WEEK, false, true, null, null, null, null, null, null);
    }

    static Understood window(Instant start, Instant end) {
        return new Understood(Intent.BOOK, start, end, Grain.HOUR, true, true, null, null, null, null, null, null);
    }

    static List<Instant> starts(Availability answer) {
        return answer.alternatives().stream().map(Slot::start).toList();
    }

    static List<LocalTime> localTimes(Availability answer) {
        return answer.alternatives().stream().map(s -> s.start().atZone(TORONTO).toLocalTime()).toList();
    }

    void book(int year, int month, int day, int hour, int minute) {
        Slot slot = slot(year, month, day, hour, minute);
        appointments.add(new AppointmentView("a-" + slot.start(), slot.start(), slot.end(), "Ana", "+14165550123",
                "BOOKED", "CA" + slot.start().getEpochSecond(), null));
    }

    void bookWholeDay(LocalDate day) {
        for (ZonedDateTime start = day.atTime(9, 0).atZone(TORONTO); start.toLocalTime().isBefore(LocalTime.of(17, 0));
             start = start.plus(HALF_HOUR)) {
            book(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), start.getHour(), start.getMinute());
        }
    }

    boolean overlapsABooking(Slot slot) {
        return appointments.all.stream().anyMatch(a -> slot.overlaps(new Slot(a.start(), a.end())));
    }

    /** Bella's own bookings, kept in memory; as Schedules, each day holds those not cancelled that start on it. */
    static final class InMemoryAppointments implements Appointments, Reservations {
        final List<AppointmentView> all = new ArrayList<>();

        @Override
        public Collection<Slot> on(LocalDate day) {
            return all.stream()
                    .filter(a -> !Appointments.CANCELLED.equals(a.status())
                            && a.start().atZone(TORONTO).toLocalDate().equals(day))
                    .map(a -> new Slot(a.start(), a.end()))
                    .toList();
        }

        @Override
        public void add(AppointmentView appointment) {
            if (all.stream().noneMatch(a -> a.id().equals(appointment.id()))) {
                all.add(appointment);
            }
        }

        @Override
        public List<AppointmentView> overlapping(Instant from, Instant to) {
            return all.stream()
                    .filter(a -> a.start().isBefore(to) && from.isBefore(a.end()))
                    .sorted(Comparator.comparing(AppointmentView::start))
                    .toList();
        }

        @Override
        public void move(String id, Instant start, Instant end) {
            all.replaceAll(a -> a.id().equals(id) ? new AppointmentView(id, start, end, a.name(), a.phone(),
                    a.status(), a.callSid(), a.service()) : a);
        }

        @Override
        public Optional<AppointmentView> find(String id) {
            return all.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public void cancel(String id) {
            all.replaceAll(a -> a.id().equals(id) ? new AppointmentView(id, a.start(), a.end(), a.name(), a.phone(),
                    Appointments.CANCELLED, a.callSid(), a.service()) : a);
        }

        @Override
        public List<AppointmentView> upcomingFor(String phone, Instant after) {
            return all.stream()
                    .filter(a -> a.phone().equals(phone) && a.start().isAfter(after)
                            && !Appointments.CANCELLED.equals(a.status()))
                    .sorted(Comparator.comparing(AppointmentView::start))
                    .toList();
        }

        @Override
        public void clear() {
            all.clear();
        }
    }

    /** An owner's calendar that never answers in time, counting how often it was asked. */
    static final class UnavailableCalendar implements Calendar {
        int asked;

        @Override
        public List<Slot> busy(Slot window) {
            asked++;
            throw new Unavailable("timed out", null);
        }

        @Override
        public void forget() {
        }
    }

    /** The owner's calendar: busy stretches set by the test, reported when they overlap the window asked about. */
    static final class FakeCalendar implements Calendar {
        final List<Slot> busy = new ArrayList<>();

        @Override
        public void forget() {
        }

        @Override
        public List<Slot> busy(Slot window) {
            return busy.stream().filter(window::overlaps).toList();
        }
    }
}
