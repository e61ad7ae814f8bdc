package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.CallFailed.Reason;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.RequestUnclear.What;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static bella.domain.call.CallTest.AT_TWO;
import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.HALF_HOUR;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.PHONE;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.THREE_PM;
import static bella.domain.call.CallTest.TORONTO;
import static bella.domain.call.CallTest.TWO_PM;
import static bella.domain.call.CallTest.TWO_THIRTY;
import static bella.domain.call.CallTest.matches;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys mean what the question Bella has just asked named for them, and nothing else: never a time, whatever their
 * digit reads as in words, and a key the question did not name is answered with the same options again.
 */
class KeypadTest {

    /** Tuesday 10 March 2026 at 10, 10:30 and 11:30 in Toronto: the offers of the call that went wrong. */
    static final Instant TEN = Instant.parse("2026-03-10T14:00:00Z");
    static final Instant TEN_THIRTY = TEN.plus(HALF_HOUR);
    static final Instant ELEVEN_THIRTY = TEN.plus(Duration.ofMinutes(90));
    /** What the words "1" read as on that day, once its offers had named it: 1 PM. */
    static final Understood ONE_PM = new Understood(Intent.BOOK, Instant.parse("2026-03-10T17:00:00Z"), null,
            Grain.HOUR, true, true, null, null, null, null, null, null);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    /** Keys pressed at the question the given events left standing; {@code expecting} names it for the reader. */
    static HearCaller press(int turn, String keys, Expectation expecting, Understood readAsWords,
                            Availability availability) {
        return new HearCaller(CALL, turn, new Heard(keys, 1, Channel.KEYPAD), readAsWords, availability, NOW, false);
    }

    static HearCaller press(int turn, String keys, Expectation expecting, Understood readAsWords) {
        return press(turn, keys, expecting, readAsWords, Availability.options(List.of()));
    }

    static HearCaller press(int turn, String keys, Expectation expecting) {
        return press(turn, keys, expecting, Understood.nothing());
    }

    static UtteranceHeard pressed(int turn, String keys, Expectation expecting) {
        return new UtteranceHeard(CALL, turn, keys, 1, "KEYPAD", expecting.name(), NOW);
    }

    static KeyNotOffered notOffered(int turn, String keys, Expectation expecting, int inRow) {
        return new KeyNotOffered(CALL, turn, keys, expecting.name(), inRow, NOW);
    }

    @Nested
    class Offers {

        private final Object[] offeredOnKeys = {STARTED, BOOKING,
                new UtteranceNotUnderstood(CALL, 1, "TIME", 1, NOW),
                new UtteranceNotUnderstood(CALL, 2, "TIME", 2, NOW),
                new SlotsOffered(CALL, List.of(TEN, TEN_THIRTY, ELEVEN_THIRTY), HALF_HOUR, true, NOW)};

        @Test
        void whenKeyOneIsPressedAndItsDigitReadsAsOnePm_thenTheFirstOfferIsTaken() {
            fixture.given(offeredOnKeys)
                    .when(press(3, "1", Expectation.CHOICE, ONE_PM))
                    .expectEvents(pressed(3, "1", Expectation.CHOICE),
                            new SlotAccepted(CALL, TEN, TEN_THIRTY, NOW));
        }

        @Test
        void whenEachNamedKeyIsPressed_thenItsOfferIsTaken() {
            List<Instant> offers = List.of(TEN, TEN_THIRTY, ELEVEN_THIRTY);
            for (int key = 1; key <= 3; key++) {
                Instant start = offers.get(key - 1);
                new AggregateTestFixture<>(Call.class).given(offeredOnKeys)
                        .when(press(3, String.valueOf(key), Expectation.CHOICE, ONE_PM))
                        .expectEvents(pressed(3, String.valueOf(key), Expectation.CHOICE),
                                new SlotAccepted(CALL, start, start.plus(HALF_HOUR), NOW));
            }
        }

        @Test
        void whenAKeyNoOfferHasIsPressed_thenTheSameKeysAreOfferedAgainWithoutGivingUp() {
            fixture.given(offeredOnKeys)
                    .when(press(3, "4", Expectation.CHOICE))
                    .expectEvents(pressed(3, "4", Expectation.CHOICE), notOffered(3, "4", Expectation.CHOICE, 1))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER && p.keypad()
                            && !p.apology() && p.preface() == Preface.KEY_NOT_OFFERED && p.slots().size() == 3));
        }

        @Test
        void whenKeysNotOfferedArePressedThreeTimesInARow_thenBellaGivesUp() {
            fixture.given(offeredOnKeys)
                    .andGiven(pressed(3, "4", Expectation.CHOICE), notOffered(3, "4", Expectation.CHOICE, 1),
                            pressed(4, "9", Expectation.CHOICE), notOffered(4, "9", Expectation.CHOICE, 2))
                    .when(press(5, "*", Expectation.CHOICE))
                    .expectEvents(pressed(5, "*", Expectation.CHOICE), notOffered(5, "*", Expectation.CHOICE, 3),
                            new CallFailed(CALL, Reason.KEYS_NOT_OFFERED, Stage.OFFER, NOW));
        }

        @Test
        void givenSpokenOffers_whenAKeyIsPressed_thenItPicksByPlaceNotByTime() {
            fixture.given(STARTED, BOOKING, new SlotsOffered(CALL, List.of(TEN, TEN_THIRTY), HALF_HOUR, false, NOW))
                    .when(press(1, "2", Expectation.CHOICE, ONE_PM))
                    .expectEvents(pressed(1, "2", Expectation.CHOICE),
                            new SlotAccepted(CALL, TEN_THIRTY, ELEVEN_THIRTY.minus(HALF_HOUR), NOW));
        }

        @Test
        void whenTheApplicationReadsAKeyInContext_thenItGetsTheChoiceAndNoTime() {
            fixture.given(offeredOnKeys)
                    .when(press(3, "4", Expectation.CHOICE, ONE_PM))
                    .expectState(call -> {
                        Understood read = call.inContext(new Heard("1", 1, Channel.KEYPAD), ONE_PM);
                        assertThat(read.hasTime()).isFalse();
                        assertThat(read.choice()).isEqualTo(1);
                        assertThat(call.inContext(new Heard("4", 1, Channel.KEYPAD), ONE_PM))
                                .isEqualTo(Understood.nothing());
                    });
        }
    }

    @Nested
    class OtherQuestions {

        @Test
        void atTheMenu_eachKeyPicksItsErrandAndAnUnnamedKeyIsNotOffered() {
            fixture.given(STARTED)
                    .when(press(1, "1", Expectation.INTENT, ONE_PM))
                    .expectEvents(pressed(1, "1", Expectation.INTENT), BOOKING)
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
            new AggregateTestFixture<>(Call.class).given(STARTED)
                    .when(press(1, "2", Expectation.INTENT, ONE_PM))
                    .expectEvents(pressed(1, "2", Expectation.INTENT), new IntentDetected(CALL, "HOURS", NOW),
                            new HoursGiven(CALL, NOW));
            new AggregateTestFixture<>(Call.class).given(STARTED)
                    .when(press(1, "3", Expectation.INTENT, ONE_PM))
                    .expectEvents(pressed(1, "3", Expectation.INTENT),
                            new NoBookingToChange(CALL, Purpose.RESCHEDULE, NOW));
            new AggregateTestFixture<>(Call.class).given(STARTED)
                    .when(press(1, "0", Expectation.INTENT, ONE_PM))
                    .expectEvents(pressed(1, "0", Expectation.INTENT), new IntentDetected(CALL, "HUMAN", NOW));
            fixture.given(STARTED)
                    .when(press(1, "7", Expectation.INTENT, ONE_PM))
                    .expectEvents(pressed(1, "7", Expectation.INTENT), notOffered(1, "7", Expectation.INTENT, 1))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                            && p.preface() == Preface.KEY_NOT_OFFERED));
        }

        private final Object[] readBack = {STARTED, BOOKING, new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                new CallerNamed(CALL, "Ann Lee", NOW), new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Ann Lee", NOW)};

        @Test
        void atTheReadBack_oneBooksTwoDeclinesAndThreeIsNotOffered() {
            fixture.given(readBack)
                    .when(press(2, "1", Expectation.CONFIRMATION, ONE_PM))
                    .expectEvents(pressed(2, "1", Expectation.CONFIRMATION),
                            new BookingConfirmedByCaller(CALL, TWO_PM, TWO_THIRTY, "Ann Lee", PHONE, NOW));
            new AggregateTestFixture<>(Call.class).given(readBack)
                    .when(press(2, "2", Expectation.CONFIRMATION, ONE_PM))
                    .expectEvents(pressed(2, "2", Expectation.CONFIRMATION),
                            new CallerDeclined(CALL, Stage.READ_BACK, NOW));
            new AggregateTestFixture<>(Call.class).given(readBack)
                    .when(press(2, "3", Expectation.CONFIRMATION, ONE_PM))
                    .expectEvents(pressed(2, "3", Expectation.CONFIRMATION),
                            notOffered(2, "3", Expectation.CONFIRMATION, 1))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK));
        }

        private final Slot thursday = Slot.of(TWO_PM.plus(Duration.ofDays(2)), HALF_HOUR);
        private final Object[] twoBookings = {STARTED, new CallerBookingsFound(CALL, List.of("a1", "a2"),
                List.of(TWO_PM, thursday.start()), List.of(TWO_THIRTY, thursday.end()), NOW),
                new IntentDetected(CALL, "RESCHEDULE", NOW)};

        @Test
        void choosingABooking_eachKeyPicksItsBookingAndAThirdIsNotOffered() {
            fixture.given(twoBookings)
                    .when(press(2, "2", Expectation.CHOICE, ONE_PM))
                    .expectEvents(pressed(2, "2", Expectation.CHOICE), new BookingChosen(CALL, "a2", NOW));
            new AggregateTestFixture<>(Call.class).given(twoBookings)
                    .when(press(2, "1", Expectation.CHOICE, ONE_PM))
                    .expectEvents(pressed(2, "1", Expectation.CHOICE), new BookingChosen(CALL, "a1", NOW));
            new AggregateTestFixture<>(Call.class).given(twoBookings)
                    .when(press(2, "3", Expectation.CHOICE, ONE_PM))
                    .expectEvents(pressed(2, "3", Expectation.CHOICE), notOffered(2, "3", Expectation.CHOICE, 1))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CHOOSE_BOOKING));
        }

        @Test
        void confirmingACancellation_oneCancelsTwoKeepsAndFiveIsNotOffered() {
            Object[] confirming = {STARTED, new CallerBookingsFound(CALL, List.of("a1"), List.of(TWO_PM),
                    List.of(TWO_THIRTY), NOW), new IntentDetected(CALL, "CANCEL", NOW),
                    new BookingChosen(CALL, "a1", NOW)};
            fixture.given(confirming)
                    .when(press(2, "1", Expectation.CONFIRMATION))
                    .expectEvents(pressed(2, "1", Expectation.CONFIRMATION),
                            new CancellationConfirmedByCaller(CALL, "a1", NOW));
            new AggregateTestFixture<>(Call.class).given(confirming)
                    .when(press(2, "2", Expectation.CONFIRMATION))
                    .expectEvents(pressed(2, "2", Expectation.CONFIRMATION),
                            new CallerDeclined(CALL, Stage.CONFIRM_CANCEL, NOW));
            new AggregateTestFixture<>(Call.class).given(confirming)
                    .when(press(2, "5", Expectation.CONFIRMATION))
                    .expectEvents(pressed(2, "5", Expectation.CONFIRMATION),
                            notOffered(2, "5", Expectation.CONFIRMATION, 1));
        }

        @Test
        void choosingAService_eachKeyPicksItsServiceAndAThirdIsNotOffered() {
            CallStarted offeringTwo = new CallStarted(CALL, PHONE, "+16475550000", TORONTO.getId(),
                    List.of("Cleaning", "Checkup"), NOW);
            fixture.given(offeringTwo, BOOKING)
                    .when(press(1, "2", Expectation.SERVICE, ONE_PM))
                    .expectEvents(pressed(1, "2", Expectation.SERVICE), new ServiceChosen(CALL, "Checkup", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
            new AggregateTestFixture<>(Call.class).given(offeringTwo, BOOKING)
                    .when(press(1, "1", Expectation.SERVICE, ONE_PM))
                    .expectEvents(pressed(1, "1", Expectation.SERVICE), new ServiceChosen(CALL, "Cleaning", NOW));
            new AggregateTestFixture<>(Call.class).given(offeringTwo, BOOKING)
                    .when(press(1, "3", Expectation.SERVICE, ONE_PM))
                    .expectEvents(pressed(1, "3", Expectation.SERVICE), notOffered(1, "3", Expectation.SERVICE, 1))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_SERVICE));
        }

        @Test
        void choosingBetweenTwoReadings_eachKeyPicksItsReading() {
            Instant nextWeek = TWO_PM.plus(Duration.ofDays(7));
            Object[] clarifying = {STARTED, BOOKING, new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                    new RequestUnclear(CALL, What.TWO_READINGS, List.of(TWO_PM, nextWeek), NOW)};
            fixture.given(clarifying)
                    .when(press(2, "2", Expectation.CHOICE, ONE_PM,
                            Availability.free(Slot.of(nextWeek, HALF_HOUR))))
                    .expectEvents(pressed(2, "2", Expectation.CHOICE),
                            new SlotRequested(CALL, nextWeek, null, "MINUTE", NOW),
                            new SlotAccepted(CALL, nextWeek, nextWeek.plus(HALF_HOUR), NOW));
            new AggregateTestFixture<>(Call.class).given(clarifying)
                    .when(press(2, "3", Expectation.CHOICE, ONE_PM))
                    .expectEvents(pressed(2, "3", Expectation.CHOICE), notOffered(2, "3", Expectation.CHOICE, 1));
        }

        @Test
        void askedForATime_aKeyIsNotOfferedRatherThanReadAsAnHour() {
            fixture.given(STARTED, BOOKING)
                    .when(press(1, "1", Expectation.TIME, ONE_PM))
                    .expectEvents(pressed(1, "1", Expectation.TIME), notOffered(1, "1", Expectation.TIME, 1))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
        }

        @Test
        void askedForANumber_keysAreTypedNotChosen() {
            Understood number = new Understood(Intent.OTHER, null, null, null, false, false, null, "+14165550199",
                    null, null, null, null);
            fixture.given(new CallStarted(CALL, null, "+16475550000", TORONTO.getId(), List.of(), NOW), BOOKING,
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW), new CallerNamed(CALL, "Ann Lee", NOW))
                    .when(press(2, "4165550199", Expectation.PHONE, number))
                    .expectEvents(pressed(2, "4165550199", Expectation.PHONE),
                            new CallerNumberGiven(CALL, "+14165550199", NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Ann Lee", NOW));
        }
    }
}
