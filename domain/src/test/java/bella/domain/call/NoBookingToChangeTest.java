package bella.domain.call;

import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;

/**
 * A caller with no booking who asks to cancel or move one is told so, and that is a decision of its own
 * ({@link NoBookingToChange}); calls recorded before it existed hold only {@link IntentDetected} and must load to
 * the same point of the dialogue.
 */
class NoBookingToChangeTest {

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void givenNoBookings_whenCallerAsksToMoveOne_thenThereIsNoBookingToChangeAndTheMenuComesBack() {
        fixture.given(STARTED)
                .when(hear(1, "I need to move my appointment", Expectation.INTENT,
                        Understood.intent(Intent.RESCHEDULE)))
                .expectEvents(heard(1, "I need to move my appointment", Expectation.INTENT),
                        new NoBookingToChange(CALL, Purpose.RESCHEDULE, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                        && p.purpose() == Purpose.BOOK && p.preface() == Preface.NO_BOOKING_FOUND));
    }

    @Test
    void givenNoBookingsMidBooking_whenCallerTurnsToCancelling_thenThereIsNoBookingToChange() {
        fixture.given(STARTED, BOOKING)
                .when(hear(2, "actually cancel my appointment", Expectation.TIME, Understood.intent(Intent.CANCEL)))
                .expectEvents(heard(2, "actually cancel my appointment", Expectation.TIME),
                        new NoBookingToChange(CALL, Purpose.CANCEL, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                        && p.preface() == Preface.NO_BOOKING_FOUND));
    }

    @Test
    void givenNoBookingToChange_whenCallerThenAsksToBook_thenAsksForATime() {
        fixture.given(STARTED, heard(1, "cancel", Expectation.INTENT), new NoBookingToChange(CALL, Purpose.CANCEL, NOW))
                .when(hear(2, "book then", Expectation.INTENT, Understood.intent(Intent.BOOK)))
                .expectEvents(heard(2, "book then", Expectation.INTENT), BOOKING)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME
                        && p.purpose() == Purpose.BOOK));
    }

    @Test
    void givenAnOldCallThatRecordedOnlyTheIntent_whenTheTurnIsDeliveredAgain_thenSaysThereIsNoBookingAsItDid() {
        fixture.given(STARTED, heard(1, "cancel", Expectation.INTENT), new IntentDetected(CALL, "CANCEL", NOW))
                .when(hear(1, "cancel", Expectation.INTENT, Understood.intent(Intent.CANCEL)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                        && p.purpose() == Purpose.BOOK && p.preface() == Preface.NO_BOOKING_FOUND));
    }

    @Test
    void givenAnOldCallThatRecordedOnlyTheIntent_whenCallerThenAsksToBook_thenGoesOnAsANewOneDoes() {
        fixture.given(STARTED, heard(1, "move it", Expectation.INTENT), new IntentDetected(CALL, "RESCHEDULE", NOW))
                .when(hear(2, "book then", Expectation.INTENT, Understood.intent(Intent.BOOK)))
                .expectEvents(heard(2, "book then", Expectation.INTENT), BOOKING)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME
                        && p.purpose() == Purpose.BOOK));
    }

    @Test
    void givenAnOldCallThatRecordedOnlyTheIntent_whenCallerDeclines_thenSaysGoodbye() {
        fixture.given(STARTED, heard(1, "cancel", Expectation.INTENT), new IntentDetected(CALL, "CANCEL", NOW))
                .when(hear(2, "no thanks", Expectation.INTENT, Understood.intent(Intent.NO)))
                .expectEvents(heard(2, "no thanks", Expectation.INTENT), new CallerDeclined(CALL, Stage.MENU, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.GOODBYE));
    }
}
