package bella.domain.call;

import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TORONTO;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;

import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.RequestUnclear.What;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date said that has just gone by is offered back as a question ("That date has passed; did you mean …?"), never
 * booked a year on nor refused as too far ahead; the answer is read against that question.
 */
class PastDateAskedBackTest {

    /** Said on Tuesday, March 3rd: "February 10th at 2", a slip for March 10th. */
    private static final Instant FEB_TENTH_AT_TWO = local(2026, 2, 10, 14);
    private static final Instant MARCH_TENTH_AT_TWO = local(2026, 3, 10, 14);
    private static final Slot AT_TWO_ON_THE_TENTH = Slot.of(MARCH_TENTH_AT_TWO, Duration.ofMinutes(30));
    /** "Monday the 2nd": Monday, March 9th, or Thursday, April 2nd. */
    private static final Instant MONDAY_THE_NINTH = local(2026, 3, 9, 0);
    private static final Instant APRIL_SECOND = local(2026, 4, 2, 0);
    private static final RequestUnclear ASKED_BACK = new RequestUnclear(CALL, What.DATE_PASSED,
            List.of(MARCH_TENTH_AT_TWO), NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    private static Instant local(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(TORONTO).toInstant();
    }

    private static Understood gone(Instant passed, Instant meant, Instant orMeant, boolean timeSaid) {
        return new Understood(Intent.BOOK, meant, null, timeSaid ? Grain.HOUR : Grain.DAY, timeSaid, true, null, null,
                null, orMeant, null, null, false, false, passed);
    }

    @Test
    void givenATimeAskedFor_whenTheDateSaidHasPassed_thenBellaAsksWhetherTheDayAheadWasMeant() {
        fixture.given(STARTED, BOOKING)
                .when(hear(1, "february 10th at 2", Expectation.TIME,
                        gone(FEB_TENTH_AT_TWO, MARCH_TENTH_AT_TWO, null, true),
                        Availability.free(AT_TWO_ON_THE_TENTH)))
                .expectEvents(heard(1, "february 10th at 2", Expectation.TIME),
                        new SlotRequested(CALL, MARCH_TENTH_AT_TWO, null, "HOUR", NOW), ASKED_BACK)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CLARIFY
                        && p.preface() == Preface.DATE_PASSED
                        && p.slots().stream().map(Slot::start).toList().equals(List.of(MARCH_TENTH_AT_TWO))));
    }

    @Test
    void givenAWeekdayAndDayGone_whenHeard_thenBothDaysAheadAreAskedAbout() {
        fixture.given(STARTED, BOOKING)
                .when(hear(1, "monday the 2nd", Expectation.TIME,
                        gone(local(2026, 3, 2, 0), MONDAY_THE_NINTH, APRIL_SECOND, false)))
                .expectEvents(heard(1, "monday the 2nd", Expectation.TIME),
                        new SlotRequested(CALL, MONDAY_THE_NINTH, null, "DAY", NOW),
                        new RequestUnclear(CALL, What.DATE_PASSED, List.of(MONDAY_THE_NINTH, APRIL_SECOND), NOW));
    }

    @Test
    void givenTheDayAheadAskedAbout_whenTheCallerSaysYes_thenThatTimeIsTaken() {
        Object[] asked = {STARTED, new CallerRecognized(CALL, "Ann Lee", NOW), BOOKING,
                new SlotRequested(CALL, MARCH_TENTH_AT_TWO, null, "HOUR", NOW), ASKED_BACK};
        AtomicReference<Understood> yes = new AtomicReference<>();
        fixture.given(asked).when(new RecordBooking(CALL, "none", NOW))
                .expectState(call -> yes.set(call.inContext(Understood.intent(Intent.YES))));

        new AggregateTestFixture<>(Call.class).given(asked)
                .when(hear(2, "yes", Expectation.CHOICE, yes.get(), Availability.free(AT_TWO_ON_THE_TENTH)))
                .expectEvents(heard(2, "yes", Expectation.CHOICE),
                        new SlotRequested(CALL, MARCH_TENTH_AT_TWO, null, "MINUTE", NOW),
                        new SlotAccepted(CALL, MARCH_TENTH_AT_TWO, AT_TWO_ON_THE_TENTH.end(), NOW),
                        new BookingReadBack(CALL, MARCH_TENTH_AT_TWO, AT_TWO_ON_THE_TENTH.end(), "Ann Lee", NOW));
    }

    @Test
    void givenTwoDaysAskedAbout_whenTheCallerNamesTheMonthOfOne_thenThatOneIsMeant() {
        Object[] asked = {STARTED, BOOKING, new SlotRequested(CALL, MONDAY_THE_NINTH, null, "DAY", NOW),
                new RequestUnclear(CALL, What.DATE_PASSED, List.of(MONDAY_THE_NINTH, APRIL_SECOND), NOW)};
        // "No, I meant next month": all of April.
        Understood nextMonth = new Understood(Intent.NO, local(2026, 4, 1, 0), local(2026, 5, 1, 0), Grain.MONTH,
                false, true, null, null, null, null, null, null);
        AtomicReference<Understood> read = new AtomicReference<>();

        fixture.given(asked).when(new RecordBooking(CALL, "none", NOW))
                .expectState(call -> read.set(call.inContext(nextMonth)));

        assertThat(read.get().start()).isEqualTo(APRIL_SECOND);
        assertThat(read.get().end()).isNull();
        assertThat(read.get().timeSaid()).isFalse();
    }

    @Test
    void givenTheDayAheadAskedAbout_whenTheCallerSaysNo_thenBellaAsksForAnotherTime() {
        fixture.given(STARTED, BOOKING, new SlotRequested(CALL, MARCH_TENTH_AT_TWO, null, "HOUR", NOW), ASKED_BACK)
                .when(hear(2, "no", Expectation.CHOICE, Understood.intent(Intent.NO)))
                .expectEvents(heard(2, "no", Expectation.CHOICE), new CallerDeclined(CALL, Stage.CLARIFY, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
    }

    @Test
    void givenTheDayAheadAskedAbout_whenTheCallerNamesAnotherDay_thenThatDayIsAskedFor() {
        Instant thirteenth = local(2026, 3, 13, 0);
        fixture.given(STARTED, BOOKING, new SlotRequested(CALL, MARCH_TENTH_AT_TWO, null, "HOUR", NOW), ASKED_BACK)
                .when(hear(2, "no, the 13th", Expectation.CHOICE, new Understood(Intent.NO, thirteenth, null,
                        Grain.DAY, false, true, null, null, null, null, null, null),
                        Availability.options(List.of(Slot.of(local(2026, 3, 13, 9), Duration.ofMinutes(30))))))
                .expectEvents(heard(2, "no, the 13th", Expectation.CHOICE),
                        new SlotRequested(CALL, thirteenth, null, "DAY", NOW),
                        new RequestUnclear(CALL, What.NO_TIME_OF_DAY, List.of(), NOW),
                        new SlotsOffered(CALL, List.of(local(2026, 3, 13, 9)), Duration.ofMinutes(30), false, NOW));
    }
}
