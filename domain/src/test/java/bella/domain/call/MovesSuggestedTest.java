package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static bella.domain.call.CallTest.AT_TWO;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.HALF_HOUR;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.THREE_PM;
import static bella.domain.call.CallTest.TWO_PM;
import static bella.domain.call.CallTest.TWO_THIRTY;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller with bookings who asks for a time while referring to one of them is asked whether to move it, and never
 * ends the call with a second booking they did not ask for.
 */
class MovesSuggestedTest {

    /** Friday 6 March 2026, 14:00 in Toronto. */
    private static final Instant FRIDAY_TWO = TWO_PM.plus(Duration.ofDays(2));
    private static final Slot AT_FRIDAY_TWO = Slot.of(FRIDAY_TWO, HALF_HOUR);
    private static final CallerBookingsFound ONE_BOOKING = new CallerBookingsFound(CALL, List.of("a1"),
            List.of(TWO_PM), List.of(TWO_THIRTY), NOW);
    private static final CallerRecognized ANN = new CallerRecognized(CALL, "Ann Lee", NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    private static Understood at(Instant start, boolean aboutBooking) {
        return new Understood(Intent.BOOK, start, null, Grain.HOUR, true, true, null, null, null, null, null, null,
                aboutBooking);
    }

    private static final String MOVE_MAX = "I'd like to move Max's appointment to Friday at 2";
    private final Object[] suggested = {STARTED, ANN, ONE_BOOKING, heard(1, MOVE_MAX, Expectation.INTENT),
            new SlotRequested(CALL, FRIDAY_TWO, null, "HOUR", NOW), new MoveSuggested(CALL, "a1", NOW)};

    @Test
    void givenABooking_whenCallerRefersToItAndAsksForAnotherTime_thenAsksWhetherToMoveIt() {
        fixture.given(STARTED, ANN, ONE_BOOKING)
                .when(hear(1, MOVE_MAX, Expectation.INTENT, at(FRIDAY_TWO, true), Availability.free(AT_FRIDAY_TWO)))
                .expectEvents(heard(1, MOVE_MAX, Expectation.INTENT),
                        new SlotRequested(CALL, FRIDAY_TWO, null, "HOUR", NOW), new MoveSuggested(CALL, "a1", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CONFIRM_MOVE
                        && AT_TWO.equals(p.existing()) && p.purpose() == Purpose.BOOK));
    }

    @Test
    void givenMoveAsked_whenCallerSaysYes_thenTheMoveToTheTimeAskedIsReadBack() {
        Understood yes = Understood.intent(Intent.YES);
        fixture.given(suggested)
                .when(hear(1, MOVE_MAX, Expectation.INTENT, yes))
                .expectState(call -> assertThat(call.inContext(yes).start()).isEqualTo(FRIDAY_TWO));
        Understood yesToFriday = new Understood(Intent.YES, FRIDAY_TWO, null, Grain.HOUR, true, true, null, null,
                null, null, null, null);
        new AggregateTestFixture<>(Call.class).given(suggested)
                .when(hear(2, "yes", Expectation.CONFIRMATION, yesToFriday, Availability.free(AT_FRIDAY_TWO)))
                .expectEvents(heard(2, "yes", Expectation.CONFIRMATION), new IntentDetected(CALL, "RESCHEDULE", NOW),
                        new SlotRequested(CALL, FRIDAY_TWO, null, "HOUR", NOW),
                        new SlotAccepted(CALL, FRIDAY_TWO, AT_FRIDAY_TWO.end(), NOW),
                        new BookingReadBack(CALL, FRIDAY_TWO, AT_FRIDAY_TWO.end(), "Ann Lee", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK
                        && p.purpose() == Purpose.RESCHEDULE && AT_TWO.equals(p.existing())));
    }

    @Test
    void givenMoveAsked_whenCallerPressesOne_thenItIsAYesAndAnUnnamedKeyIsNotOffered() {
        fixture.given(suggested)
                .when(KeypadTest.press(2, "1", Expectation.CONFIRMATION, Understood.nothing(),
                        Availability.free(AT_FRIDAY_TWO)))
                .expectEvents(KeypadTest.pressed(2, "1", Expectation.CONFIRMATION),
                        new IntentDetected(CALL, "RESCHEDULE", NOW),
                        new SlotRequested(CALL, FRIDAY_TWO, null, "HOUR", NOW),
                        new SlotAccepted(CALL, FRIDAY_TWO, AT_FRIDAY_TWO.end(), NOW),
                        new BookingReadBack(CALL, FRIDAY_TWO, AT_FRIDAY_TWO.end(), "Ann Lee", NOW));
        new AggregateTestFixture<>(Call.class).given(suggested)
                .when(KeypadTest.press(2, "3", Expectation.CONFIRMATION))
                .expectEvents(KeypadTest.pressed(2, "3", Expectation.CONFIRMATION),
                        KeypadTest.notOffered(2, "3", Expectation.CONFIRMATION, 1));
    }

    @Test
    void givenMoveAsked_whenCallerSaysNo_thenAsksTheTimeForANewBookingAndDoesNotAskAgain() {
        fixture.given(suggested)
                .when(hear(2, "no", Expectation.CONFIRMATION, Understood.intent(Intent.NO)))
                .expectEvents(heard(2, "no", Expectation.CONFIRMATION), new CallerDeclined(CALL, Stage.CONFIRM_MOVE, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME
                        && p.purpose() == Purpose.BOOK && p.existing() == null && p.preface() == Prompt.Preface.NONE));
        Slot atThree = Slot.of(THREE_PM, HALF_HOUR);
        new AggregateTestFixture<>(Call.class).given(suggested)
                .andGiven(heard(2, "no", Expectation.CONFIRMATION), new CallerDeclined(CALL, Stage.CONFIRM_MOVE, NOW))
                .when(hear(3, "wednesday at 3", Expectation.TIME, at(THREE_PM, false), Availability.free(atThree)))
                .expectEvents(heard(3, "wednesday at 3", Expectation.TIME),
                        new SlotRequested(CALL, THREE_PM, null, "HOUR", NOW),
                        new SlotAccepted(CALL, THREE_PM, atThree.end(), NOW),
                        new BookingReadBack(CALL, THREE_PM, atThree.end(), "Ann Lee", NOW));
    }

    @Test
    void givenABooking_whenCallerAsksForItsVeryTime_thenAsksWhetherToMoveIt() {
        fixture.given(STARTED, ANN, ONE_BOOKING)
                .when(hear(1, "wednesday at 2 please", Expectation.INTENT, at(TWO_PM, false)))
                .expectEvents(heard(1, "wednesday at 2 please", Expectation.INTENT),
                        new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW), new MoveSuggested(CALL, "a1", NOW));
    }

    @Test
    void givenTwoBookings_whenCallerRefersToOneWithoutSayingWhich_thenAsksWhichOne() {
        CallerBookingsFound two = new CallerBookingsFound(CALL, List.of("a1", "a2"),
                List.of(TWO_PM, FRIDAY_TWO.plus(Duration.ofDays(3))),
                List.of(TWO_THIRTY, FRIDAY_TWO.plus(Duration.ofDays(3)).plus(HALF_HOUR)), NOW);
        fixture.given(STARTED, ANN, two)
                .when(hear(1, MOVE_MAX, Expectation.INTENT, at(FRIDAY_TWO, true)))
                .expectEvents(heard(1, MOVE_MAX, Expectation.INTENT), new IntentDetected(CALL, "RESCHEDULE", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CHOOSE_BOOKING));
    }

    @Test
    void givenNoBooking_whenCallerSpeaksOfTheirAppointment_thenItIsBooked() {
        fixture.given(STARTED, ANN)
                .when(hear(1, "I'd like to make my dog's appointment for Friday at 2", Expectation.INTENT,
                        at(FRIDAY_TWO, true), Availability.free(AT_FRIDAY_TWO)))
                .expectEvents(heard(1, "I'd like to make my dog's appointment for Friday at 2", Expectation.INTENT),
                        new IntentDetected(CALL, "BOOK", NOW), new SlotRequested(CALL, FRIDAY_TWO, null, "HOUR", NOW),
                        new SlotAccepted(CALL, FRIDAY_TWO, AT_FRIDAY_TWO.end(), NOW),
                        new BookingReadBack(CALL, FRIDAY_TWO, AT_FRIDAY_TWO.end(), "Ann Lee", NOW));
    }
}
