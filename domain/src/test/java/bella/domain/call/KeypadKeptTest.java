package bella.domain.call;

import static bella.domain.call.CallTest.AT_TWO;
import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TWO_PM;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;
import static bella.domain.call.KeypadTest.press;
import static bella.domain.call.KeypadTest.pressed;

import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Once two misses in a row have moved the options to the keypad, the keypad stays: every later question of the call
 * offers its keys too, since a caller the recogniser could not hear twice will likely not be heard better next time.
 */
class KeypadKeptTest {

    private static final UtteranceNotUnderstood FIRST_MISS = new UtteranceNotUnderstood(CALL, 1, "TIME", 1, NOW);
    private static final UtteranceNotUnderstood SECOND_MISS = new UtteranceNotUnderstood(CALL, 2, "TIME", 2, NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void givenOneMiss_whenMissedAgain_thenTheKeypadTakesOverAndTheOffersAreKeyed() {
        fixture.given(STARTED, BOOKING, heard(1, "mumble", Expectation.TIME), FIRST_MISS)
                .when(hear(2, "mumble", Expectation.TIME, Understood.nothing(),
                        Availability.options(List.of(AT_TWO))))
                .expectEvents(heard(2, "mumble", Expectation.TIME), SECOND_MISS, new KeypadTookOver(CALL, NOW),
                        new SlotsOffered(CALL, List.of(TWO_PM), AT_TWO.length(), true, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER && p.keypad()));
    }

    @Test
    void givenTheKeypadTookOver_whenAnOfferIsPickedByKey_thenTheReadBackOffersKeysToo() {
        CallerRecognized known = new CallerRecognized(CALL, "Ann Lee", NOW);
        fixture.given(STARTED, known, BOOKING, FIRST_MISS, SECOND_MISS, new KeypadTookOver(CALL, NOW),
                        new SlotsOffered(CALL, List.of(TWO_PM), AT_TWO.length(), true, NOW))
                .when(press(3, "1", Expectation.CHOICE))
                .expectEvents(pressed(3, "1", Expectation.CHOICE),
                        new SlotAccepted(CALL, AT_TWO.start(), AT_TWO.end(), NOW),
                        new BookingReadBack(CALL, AT_TWO.start(), AT_TWO.end(), "Ann Lee", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK && p.keypad()
                        && !p.apology()));
    }

    @Test
    void givenTheKeypadTookOver_whenAnotherTimeIsAskedFor_thenItsOffersAreKeyedToo() {
        Slot other = Slot.of(TWO_PM.plusSeconds(3600), AT_TWO.length());
        fixture.given(STARTED, BOOKING, FIRST_MISS, SECOND_MISS, new KeypadTookOver(CALL, NOW),
                        new SlotsOffered(CALL, List.of(TWO_PM), AT_TWO.length(), true, NOW))
                .when(hear(3, "tomorrow", Expectation.CHOICE, CallTest.at(other.start(), true),
                        Availability.refused(other, Refusal.TAKEN, List.of(AT_TWO))))
                .expectEvents(heard(3, "tomorrow", Expectation.CHOICE),
                        new SlotRequested(CALL, other.start(), null, "MINUTE", NOW),
                        new SlotUnavailable(CALL, other.start(), other.end(), "TAKEN", NOW),
                        new SlotsOffered(CALL, List.of(TWO_PM), AT_TWO.length(), true, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER && p.keypad()));
    }

    @Test
    void givenStreamsFromBeforeTheKeypadWasKept_whenReplayed_thenTheNextQuestionIsSpokenAsThenAsked() {
        CallerRecognized known = new CallerRecognized(CALL, "Ann Lee", NOW);
        fixture.given(STARTED, known, BOOKING, FIRST_MISS, SECOND_MISS,
                        new SlotsOffered(CALL, List.of(TWO_PM), AT_TWO.length(), true, NOW))
                .when(press(3, "1", Expectation.CHOICE))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK && !p.keypad()));
    }
}
