package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.BookingChanged.Change;
import bella.domain.call.CallFailed.Reason;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.RequestUnclear.What;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class CallTest {

    static final String CALL = "CA0123";
    static final String PHONE = "+14165550123";
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final Instant NOW = Instant.parse("2026-03-03T15:15:00Z");
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** Wednesday 4 March 2026, 14:00 and 14:30 in Toronto. */
    static final Instant TWO_PM = Instant.parse("2026-03-04T19:00:00Z");
    static final Instant TWO_THIRTY = TWO_PM.plus(HALF_HOUR);
    static final Instant THREE_PM = TWO_PM.plus(Duration.ofHours(1));
    static final Slot AT_TWO = Slot.of(TWO_PM, HALF_HOUR);
    static final Slot AT_TWO_THIRTY = Slot.of(TWO_THIRTY, HALF_HOUR);
    static final Slot AT_THREE = Slot.of(THREE_PM, HALF_HOUR);

    static final CallStarted STARTED = new CallStarted(CALL, PHONE, "+16475550000", TORONTO.getId(), List.of(), NOW);
    static final IntentDetected BOOKING = new IntentDetected(CALL, "BOOK", NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    /**
     * An answer to the question the given events left standing; {@code expecting} names that question for the
     * reader, as the Call records it, but is not sent: the Call knows what it asked.
     */
    static HearCaller hear(int turn, String text, Expectation expecting, Understood understood,
                           Availability availability) {
        return new HearCaller(CALL, turn, new Heard(text, 0.9, Channel.SPEECH), understood, availability, NOW, false);
    }

    static HearCaller hear(int turn, String text, Expectation expecting, Understood understood) {
        return hear(turn, text, expecting, understood, Availability.options(List.of()));
    }

    static UtteranceHeard heard(int turn, String text, Expectation expecting) {
        return new UtteranceHeard(CALL, turn, text, 0.9, "SPEECH", expecting.name(), NOW);
    }

    static Understood at(Instant start, boolean dateSaid) {
        return new Understood(Intent.BOOK, start, null, Grain.MINUTE, true, dateSaid, null, null, null, null, null, null);
    }

    static Understood shifted(Shift shift) {
        return new Understood(Intent.OTHER, null, null, null, false, false, null, null, null, null, null, shift);
    }

    static Understood choice(int place) {
        return new Understood(Intent.OTHER, null, null, null, false, false, null, null, place, null, null, null);
    }

    static Understood named(String name) {
        return new Understood(Intent.OTHER, null, null, null, false, false, name, null, null, null, null, null);
    }

    @Nested
    class Answering {

        @Test
        void givenNewCall_whenStarted_thenGreetsAndOffersMenu() {
            fixture.givenNoPriorActivity()
                    .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, null, List.of(), List.of(), NOW, null,
                            false))
                    .expectEvents(STARTED)
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                            && p.preface() == Preface.WELCOME));
        }

        @Test
        void givenKnownCaller_whenCallStarts_thenGreetsByName() {
            fixture.givenNoPriorActivity()
                    .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, "Ann Lee", List.of(), List.of(), NOW,
                            null, false))
                    .expectEvents(STARTED, new CallerRecognized(CALL, "Ann Lee", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.preface() == Preface.WELCOME_BACK
                            && "Ann Lee".equals(p.name())));
        }

        @Test
        void givenCallStarted_whenSameWebhookDeliveredAgain_thenNothingIsRecordedTwice() {
            fixture.given(STARTED)
                    .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, null, List.of(), List.of(), NOW, null,
                            false))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU));
        }
    }

    @Nested
    class Menu {

        @Test
        void whenCallerAsksToBook_thenAsksForATime() {
            fixture.given(STARTED)
                    .when(hear(1, "I'd like to book", Expectation.INTENT, Understood.intent(Intent.BOOK)))
                    .expectEvents(heard(1, "I'd like to book", Expectation.INTENT), BOOKING)
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
        }

        @Test
        void whenCallerAsksForHours_thenGivesThemAndOffersTheMenuAgain() {
            fixture.given(STARTED)
                    .when(hear(1, "when are you open", Expectation.INTENT, Understood.intent(Intent.HOURS)))
                    .expectEvents(heard(1, "when are you open", Expectation.INTENT),
                            new IntentDetected(CALL, "HOURS", NOW), new HoursGiven(CALL, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                            && p.preface() == Preface.HOURS));
        }

        @Test
        void whenCallerAsksForTheHoursOfADay_thenGivesTheHoursRatherThanBooking() {
            Understood friday = new Understood(Intent.HOURS, TWO_PM, null, Grain.DAY, false, true, null, null, null,
                    null, null, null);
            fixture.given(STARTED)
                    .when(hear(1, "what time do you close on friday", Expectation.INTENT, friday))
                    .expectEvents(heard(1, "what time do you close on friday", Expectation.INTENT),
                            new IntentDetected(CALL, "HOURS", NOW), new HoursGiven(CALL, NOW));
        }

        @Test
        void whenCallerSaysAFreeTimeStraightAway_thenAcceptsItAndAsksTheirName() {
            fixture.given(STARTED)
                    .when(hear(1, "tomorrow at 2", Expectation.INTENT, at(TWO_PM, true), Availability.free(AT_TWO)))
                    .expectEvents(heard(1, "tomorrow at 2", Expectation.INTENT), BOOKING,
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_NAME));
        }

        @Test
        void whenCallerGivesTheirNameAndAFreeTimeAtOnce_thenReadsTheBookingBack() {
            Understood both = new Understood(Intent.BOOK, TWO_PM, null, Grain.HOUR, true, true, "John Carter", null,
                    null, null, null, null);
            fixture.given(STARTED)
                    .when(hear(1, "this is John Carter, wednesday at 2", Expectation.INTENT, both,
                            Availability.free(AT_TWO)))
                    .expectEvents(heard(1, "this is John Carter, wednesday at 2", Expectation.INTENT),
                            new CallerNamed(CALL, "John Carter", NOW), BOOKING,
                            new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "John Carter", NOW));
        }

        @Test
        void whenCallerDeclines_thenSaysGoodbye() {
            fixture.given(STARTED)
                    .when(hear(1, "no thanks", Expectation.INTENT, Understood.intent(Intent.NO)))
                    .expectEvents(heard(1, "no thanks", Expectation.INTENT), new CallerDeclined(CALL, Stage.MENU, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.GOODBYE && p.endsCall()));
        }
    }

    @Nested
    class AskingForATime {

        @Test
        void givenKnownCaller_whenFreeTimeAsked_thenReadsTheBookingBack() {
            fixture.given(STARTED, new CallerRecognized(CALL, "Ann Lee", NOW), BOOKING)
                    .when(hear(2, "wednesday at 2", Expectation.TIME, at(TWO_PM, true), Availability.free(AT_TWO)))
                    .expectEvents(heard(2, "wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Ann Lee", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK
                            && p.slots().equals(List.of(AT_TWO))));
        }

        @Test
        void whenTakenTimeAsked_thenSaysWhyAndOffersTheNearestFreeSlots() {
            Availability taken = Availability.refused(AT_TWO, Refusal.TAKEN, List.of(AT_TWO_THIRTY, AT_THREE));
            fixture.given(STARTED, BOOKING)
                    .when(hear(2, "wednesday at 2", Expectation.TIME, at(TWO_PM, true), taken))
                    .expectEvents(heard(2, "wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotUnavailable(CALL, TWO_PM, TWO_THIRTY, "TAKEN", NOW),
                            new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, false, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER
                            && p.refusal() == Refusal.TAKEN && p.slots().equals(List.of(AT_TWO_THIRTY, AT_THREE))));
        }

        @Test
        void whenClosedDayAskedAndNothingFreeNearby_thenExplainsAndAsksAgain() {
            Availability closed = Availability.refused(AT_TWO, Refusal.CLOSED_DAY, List.of());
            fixture.given(STARTED, BOOKING)
                    .when(hear(2, "sunday at 2", Expectation.TIME, at(TWO_PM, true), closed))
                    .expectEvents(heard(2, "sunday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotUnavailable(CALL, TWO_PM, TWO_THIRTY, "CLOSED_DAY", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME
                            && p.refusal() == Refusal.CLOSED_DAY));
        }

        @Test
        void whenAnswerHasNoTime_thenApologisesAndAsksAgain() {
            fixture.given(STARTED, BOOKING)
                    .when(hear(2, "hmm", Expectation.TIME, Understood.nothing()))
                    .expectEvents(heard(2, "hmm", Expectation.TIME),
                            new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME && p.apology()
                            && !p.keypad()));
        }

        @Test
        void givenOneMiss_whenMissedAgain_thenOffersTheSoonestSlotsOnTheKeypad() {
            fixture.given(STARTED, BOOKING, heard(2, "hmm", Expectation.TIME),
                            new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW))
                    .when(hear(3, "", Expectation.TIME, Understood.nothing(),
                            Availability.options(List.of(AT_TWO, AT_THREE))))
                    .expectEvents(heard(3, "", Expectation.TIME),
                            new UtteranceNotUnderstood(CALL, 3, "TIME", 2, NOW), new KeypadTookOver(CALL, NOW),
                            new SlotsOffered(CALL, List.of(TWO_PM, THREE_PM), HALF_HOUR, true, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER && p.keypad()));
        }

        @Test
        void givenTwoMisses_whenMissedAgain_thenGivesUpAndRecordsWhy() {
            fixture.given(STARTED, BOOKING, new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW),
                            new UtteranceNotUnderstood(CALL, 3, "TIME", 2, NOW), heard(3, "", Expectation.TIME))
                    .when(hear(4, "", Expectation.TIME, Understood.nothing()))
                    .expectEvents(heard(4, "", Expectation.TIME),
                            new UtteranceNotUnderstood(CALL, 4, "TIME", 3, NOW),
                            new CallFailed(CALL, Reason.NOT_UNDERSTOOD, Stage.ASK_TIME, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.GIVE_UP && p.endsCall()));
        }

        @Test
        void givenTurnAlreadyHeard_whenDeliveredAgain_thenNothingIsRecordedTwice() {
            fixture.given(STARTED, BOOKING, heard(2, "hmm", Expectation.TIME),
                            new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW))
                    .when(hear(2, "hmm", Expectation.TIME, Understood.nothing()))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME && p.apology()));
        }
    }

    @Nested
    class ChoosingAnOffer {

        private final Object[] offered = {STARTED, BOOKING,
                new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                new SlotUnavailable(CALL, TWO_PM, TWO_THIRTY, "TAKEN", NOW),
                new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, false, NOW)};

        @Test
        void whenCallerPicksByPlace_thenAcceptsThatSlot() {
            fixture.given(offered)
                    .when(hear(2, "the second one", Expectation.CHOICE, choice(2)))
                    .expectEvents(heard(2, "the second one", Expectation.CHOICE),
                            new SlotAccepted(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_NAME));
        }

        @Test
        void whenCallerPicksTheLastOne_thenAcceptsTheLastOffer() {
            fixture.given(offered)
                    .when(hear(2, "the later one", Expectation.CHOICE, choice(-1)))
                    .expectEvents(heard(2, "the later one", Expectation.CHOICE),
                            new SlotAccepted(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), NOW));
        }

        @Test
        void whenCallerSaysTheTimeOfAnOffer_thenAcceptsThatSlot() {
            Instant threeToday = THREE_PM.minus(Duration.ofDays(1));
            fixture.given(offered)
                    .when(hear(2, "three", Expectation.CHOICE, at(threeToday, false)))
                    .expectEvents(heard(2, "three", Expectation.CHOICE),
                            new SlotAccepted(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), NOW));
        }

        @Test
        void whenASpokenNumberIsBothAPlaceAndAnOfferedTime_thenTheTimeWins() {
            Understood three = new Understood(Intent.OTHER, THREE_PM.minus(Duration.ofDays(1)), null, Grain.HOUR,
                    true, false, null, null, 1, null, null, null);
            fixture.given(offered)
                    .when(hear(2, "one", Expectation.CHOICE, three))
                    .expectEvents(heard(2, "one", Expectation.CHOICE),
                            new SlotAccepted(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), NOW));
        }

        @Test
        void whenASpokenNumberMatchesNoOfferedTime_thenItIsAPlace() {
            Understood two = new Understood(Intent.OTHER, TWO_PM.minus(Duration.ofDays(1)), null, Grain.HOUR, true,
                    false, null, null, 2, null, null, null);
            fixture.given(offered)
                    .when(hear(2, "two", Expectation.CHOICE, two))
                    .expectEvents(heard(2, "two", Expectation.CHOICE),
                            new SlotAccepted(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), NOW));
        }

        @Test
        void whenAKeyIsPressed_thenItIsAPlaceEvenIfItReadsAsAnOfferedTime() {
            Understood keyThree = new Understood(Intent.OTHER, THREE_PM.minus(Duration.ofDays(1)), null, Grain.HOUR,
                    true, false, null, null, 1, null, null, null);
            HearCaller pressed = new HearCaller(CALL, 2, new Heard("1", 1, Channel.KEYPAD), keyThree,
                    Availability.options(List.of()), NOW, false);
            fixture.given(offered)
                    .when(pressed)
                    .expectEvents(new UtteranceHeard(CALL, 2, "1", 1, "KEYPAD", "CHOICE", NOW),
                            new SlotAccepted(CALL, TWO_THIRTY, THREE_PM, NOW));
        }

        @Test
        void whenCallerAsksForAnotherTime_thenStartsOverFromThatRequest() {
            Instant fourPm = THREE_PM.plus(Duration.ofHours(1));
            Slot atFour = Slot.of(fourPm, HALF_HOUR);
            fixture.given(offered)
                    .when(hear(2, "how about four", Expectation.CHOICE, at(fourPm, true), Availability.free(atFour)))
                    .expectEvents(heard(2, "how about four", Expectation.CHOICE),
                            new SlotRequested(CALL, fourPm, null, "MINUTE", NOW),
                            new SlotAccepted(CALL, fourPm, fourPm.plus(HALF_HOUR), NOW));
        }

        @Test
        void whenCallerAsksForSomethingLater_thenReadsTheRestOfThatDayAfterTheLastOffer() {
            Instant nextMidnight = Instant.parse("2026-03-05T05:00:00Z");
            fixture.given(offered)
                    .when(hear(2, "anything later?", Expectation.CHOICE, shifted(Shift.LATER)))
                    .expectState(call -> {
                        Understood read = call.inContext(shifted(Shift.LATER));
                        assertThat(read.start()).isEqualTo(THREE_PM.plus(Duration.ofMinutes(1)));
                        assertThat(read.end()).isEqualTo(nextMidnight);
                        assertThat(read.timeSaid() && read.dateSaid()).isTrue();
                    });
        }

        @Test
        void whenCallerAsksForSomethingEarlier_thenReadsThatDayBeforeTheFirstOffer() {
            fixture.given(offered)
                    .when(hear(2, "anything earlier?", Expectation.CHOICE, shifted(Shift.EARLIER)))
                    .expectState(call -> {
                        Understood read = call.inContext(shifted(Shift.EARLIER));
                        assertThat(read.start()).isEqualTo(Instant.parse("2026-03-04T05:00:00Z"));
                        assertThat(read.end()).isEqualTo(TWO_THIRTY);
                    });
        }

        @Test
        void whenTheLaterStretchHasFreeTimes_thenOffersThem() {
            Instant fourPm = THREE_PM.plus(Duration.ofHours(1));
            Understood later = new Understood(Intent.BOOK, THREE_PM.plus(Duration.ofMinutes(1)),
                    Instant.parse("2026-03-05T05:00:00Z"), Grain.HOUR, true, true, null, null, null, null, null, null);
            Availability free = Availability.options(List.of(Slot.of(THREE_PM.plus(HALF_HOUR), HALF_HOUR),
                    Slot.of(fourPm, HALF_HOUR)));
            fixture.given(offered)
                    .when(hear(2, "anything later?", Expectation.CHOICE, later, free))
                    .expectEvents(heard(2, "anything later?", Expectation.CHOICE),
                            new SlotRequested(CALL, later.start(), later.end(), "HOUR", NOW),
                            new SlotsOffered(CALL, List.of(THREE_PM.plus(HALF_HOUR), fourPm), HALF_HOUR, false, NOW));
        }

        @Test
        void givenNothingOnOffer_whenCallerSaysLater_thenThereIsNothingToShiftFrom() {
            fixture.given(STARTED, BOOKING)
                    .when(hear(1, "later", Expectation.TIME, shifted(Shift.LATER)))
                    .expectState(call -> assertThat(call.inContext(shifted(Shift.LATER)).hasTime()).isFalse());
        }

        @Test
        void whenCallerNamesAPartOfTheDayHoldingSeveralOffers_thenNoneIsTakenAndThatPartIsRequested() {
            Instant noon = TWO_PM.minus(Duration.ofHours(2));
            Understood afternoon = new Understood(Intent.BOOK, noon, noon.plus(Duration.ofHours(5)), Grain.HOUR, true,
                    true, null, null, null, null, null, null);
            fixture.given(offered)
                    .when(hear(2, "the afternoon", Expectation.CHOICE, afternoon,
                            Availability.options(List.of(AT_TWO_THIRTY, AT_THREE))))
                    .expectEvents(heard(2, "the afternoon", Expectation.CHOICE),
                            new SlotRequested(CALL, noon, afternoon.end(), "HOUR", NOW),
                            new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, false, NOW));
        }

        @Test
        void whenCallerAsksForTheHours_thenGivesThemAndOffersTheSameTimesAgain() {
            fixture.given(offered)
                    .when(hear(2, "wait, what are your hours?", Expectation.CHOICE, Understood.intent(Intent.HOURS)))
                    .expectEvents(heard(2, "wait, what are your hours?", Expectation.CHOICE), new HoursGiven(CALL, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER
                            && p.preface() == Preface.HOURS && p.slots().size() == 2));
        }

        @Test
        void whenCallerAsksForAPerson_thenSaysNoOneIsFreeAndOffersTheMenu() {
            fixture.given(offered)
                    .when(hear(2, "can I talk to someone", Expectation.CHOICE, Understood.intent(Intent.HUMAN)))
                    .expectEvents(heard(2, "can I talk to someone", Expectation.CHOICE),
                            new IntentDetected(CALL, "HUMAN", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                            && p.preface() == Preface.NO_ONE_TO_TRANSFER_TO));
        }

        @Test
        void whenCallerDeclinesEveryOffer_thenAsksForAnotherTime() {
            fixture.given(offered)
                    .when(hear(2, "neither", Expectation.CHOICE, Understood.intent(Intent.NO)))
                    .expectEvents(heard(2, "neither", Expectation.CHOICE), new CallerDeclined(CALL, Stage.OFFER, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
        }

        @Test
        void givenOneMiss_whenMissedAgain_thenRepeatsTheOffersOnTheKeypad() {
            fixture.given(offered)
                    .andGiven(heard(2, "what", Expectation.CHOICE), new UtteranceNotUnderstood(CALL, 2, "CHOICE", 1, NOW))
                    .when(hear(3, "what", Expectation.CHOICE, Understood.nothing()))
                    .expectEvents(heard(3, "what", Expectation.CHOICE),
                            new UtteranceNotUnderstood(CALL, 3, "CHOICE", 2, NOW), new KeypadTookOver(CALL, NOW),
                            new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, true, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.keypad() && p.slots().size() == 2));
        }
    }

    @Nested
    class NamingAndConfirming {

        private final Object[] accepted = {STARTED, BOOKING,
                new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW)};

        private final Object[] readBack = {STARTED, BOOKING,
                new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                new CallerNamed(CALL, "Jean-Luc O'Brien", NOW),
                new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Jean-Luc O'Brien", NOW)};

        @Test
        void whenCallerGivesTheirName_thenReadsTheBookingBack() {
            fixture.given(accepted)
                    .when(hear(3, "Jean-Luc O'Brien", Expectation.NAME, named("Jean-Luc O'Brien")))
                    .expectEvents(heard(3, "Jean-Luc O'Brien", Expectation.NAME),
                            new CallerNamed(CALL, "Jean-Luc O'Brien", NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Jean-Luc O'Brien", NOW));
        }

        @Test
        void givenWithheldNumber_whenNamed_thenAsksForANumberBeforeReadingBack() {
            fixture.given(new CallStarted(CALL, null, "+16475550000", TORONTO.getId(), List.of(), NOW), BOOKING,
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW))
                    .when(hear(3, "Ann", Expectation.NAME, named("Ann")))
                    .expectEvents(heard(3, "Ann", Expectation.NAME), new CallerNamed(CALL, "Ann", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_PHONE));
        }

        @Test
        void whenCallerConfirms_thenTheBookingIsToBeMade() {
            fixture.given(readBack)
                    .when(hear(4, "yes please", Expectation.CONFIRMATION, Understood.intent(Intent.YES)))
                    .expectEvents(heard(4, "yes please", Expectation.CONFIRMATION),
                            new BookingConfirmedByCaller(CALL, TWO_PM, TWO_THIRTY, "Jean-Luc O'Brien", PHONE, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.BOOKING && !p.endsCall()));
        }

        @Test
        void whenCallerSaysNo_thenReturnsToTheTimeQuestion() {
            fixture.given(readBack)
                    .when(hear(4, "no", Expectation.CONFIRMATION, Understood.intent(Intent.NO)))
                    .expectEvents(heard(4, "no", Expectation.CONFIRMATION), new CallerDeclined(CALL, Stage.READ_BACK, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
        }

        @Test
        void whenCallerCorrectsOnePartOfTheirNameAtTheReadBack_thenOnlyThatPartChanges() {
            fixture.given(readBack)
                    .when(hear(4, "no, O'Bryan, O B R Y A N", Expectation.CONFIRMATION, named("O'Bryan")))
                    .expectEvents(heard(4, "no, O'Bryan, O B R Y A N", Expectation.CONFIRMATION),
                            new CallerNamed(CALL, "Jean-Luc O'Bryan", NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Jean-Luc O'Bryan", NOW));
        }

        @Test
        void whenCallerAsksForAnHourLaterAtTheReadBack_thenTheTimeReadBackMovesByAnHour() {
            Understood anHourLater = new Understood(Intent.OTHER, null, null, null, false, false, null, null, null, null,
                    null, new Shift(Shift.Way.LATER, Duration.ofHours(1)));
            fixture.given(readBack)
                    .when(hear(4, "an hour later", Expectation.CONFIRMATION, Understood.nothing()))
                    .expectState(call -> {
                        Understood read = call.inContext(anHourLater);
                        assertThat(read.start()).isEqualTo(THREE_PM);
                        assertThat(read.timeSaid() && read.dateSaid()).isTrue();
                    });
        }

        @Test
        void whenCallerSaysCancelAtTheReadBack_thenThatBookingIsDeclinedNotAnotherCancelled() {
            fixture.given(readBack)
                    .when(hear(4, "cancel that", Expectation.CONFIRMATION, Understood.intent(Intent.CANCEL)))
                    .expectEvents(heard(4, "cancel that", Expectation.CONFIRMATION),
                            new CallerDeclined(CALL, Stage.READ_BACK, NOW));
        }

        @Test
        void givenConfirmed_whenBookingRecorded_thenThanksAndEnds() {
            fixture.given(readBack)
                    .andGiven(new BookingConfirmedByCaller(CALL, TWO_PM, TWO_THIRTY, "Jean-Luc O'Brien", PHONE, NOW))
                    .when(new RecordBooking(CALL, "appointment-1", NOW))
                    .expectEvents(new BookingCompleted(CALL, "appointment-1", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.BOOKED && p.endsCall()));
        }

        @Test
        void givenConfirmed_whenSlotWasTakenMeanwhile_thenOffersWhatIsFree() {
            fixture.given(readBack)
                    .andGiven(new BookingConfirmedByCaller(CALL, TWO_PM, TWO_THIRTY, "Jean-Luc O'Brien", PHONE, NOW))
                    .when(new RecordSlotTaken(CALL, Availability.refused(new Slot(TWO_PM, TWO_THIRTY), Refusal.TAKEN,
                            List.of(AT_THREE)), NOW))
                    .expectEvents(new SlotUnavailable(CALL, TWO_PM, TWO_THIRTY, "TAKEN", NOW),
                            new SlotsOffered(CALL, List.of(THREE_PM), HALF_HOUR, false, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER
                            && p.refusal() == Refusal.TAKEN));
        }
    }

    @Nested
    class Ending {

        @Test
        void givenCallerMidConversation_whenCallEnds_thenRecordsTheFailure() {
            fixture.given(STARTED, BOOKING)
                    .when(new EndCall(CALL, "completed", 42, NOW))
                    .expectEvents(new CallFailed(CALL, Reason.HUNG_UP, Stage.ASK_TIME, NOW),
                            new CallEnded(CALL, "completed", 42, NOW));
        }

        @Test
        void givenBooked_whenCallEnds_thenOnlyTheEndIsRecorded() {
            fixture.given(STARTED, BOOKING, new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                            new BookingConfirmedByCaller(CALL, TWO_PM, TWO_THIRTY, "Ann", PHONE, NOW),
                            new BookingCompleted(CALL, "appointment-1", NOW))
                    .when(new EndCall(CALL, "completed", 42, NOW))
                    .expectEvents(new CallEnded(CALL, "completed", 42, NOW));
        }

        @Test
        void givenEnded_whenStatusDeliveredAgain_thenNothingIsRecordedTwice() {
            fixture.given(STARTED, new HoursGiven(CALL, NOW), new CallEnded(CALL, "completed", 42, NOW))
                    .when(new EndCall(CALL, "completed", 42, NOW))
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingABooking {

        private final CallerBooking tuesday = new CallerBooking("a1", AT_TWO);
        private final CallerBooking thursday = new CallerBooking("a2",
                Slot.of(TWO_PM.plus(Duration.ofDays(2)), HALF_HOUR));
        private final CallerBookingsFound oneBooking = new CallerBookingsFound(CALL, List.of("a1"),
                List.of(TWO_PM), List.of(TWO_THIRTY), NOW);
        private final CallerBookingsFound twoBookings = new CallerBookingsFound(CALL, List.of("a1", "a2"),
                List.of(TWO_PM, thursday.slot().start()), List.of(TWO_THIRTY, thursday.slot().end()), NOW);

        @Test
        void givenCallerWithBookings_whenCallStarts_thenTheyAreNoted() {
            fixture.givenNoPriorActivity()
                    .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, null, List.of(tuesday, thursday),
                            List.of(), NOW, null, false))
                    .expectEvents(STARTED, twoBookings);
        }

        @Test
        void givenOneBooking_whenCallerAsksToCancel_thenReadsItBackForConfirmation() {
            fixture.given(STARTED, oneBooking)
                    .when(hear(1, "cancel my appointment", Expectation.INTENT, Understood.intent(Intent.CANCEL)))
                    .expectEvents(heard(1, "cancel my appointment", Expectation.INTENT),
                            new IntentDetected(CALL, "CANCEL", NOW), new BookingChosen(CALL, "a1", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CONFIRM_CANCEL
                            && AT_TWO.equals(p.existing())));
        }

        @Test
        void givenOffersForANewBooking_whenCallerTurnsToCancellingTheirBooking_thenReadsThatBack() {
            fixture.given(STARTED, oneBooking, BOOKING, new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, false, NOW))
                    .when(hear(2, "actually I want to cancel my appointment", Expectation.CHOICE,
                            Understood.intent(Intent.CANCEL)))
                    .expectEvents(heard(2, "actually I want to cancel my appointment", Expectation.CHOICE),
                            new IntentDetected(CALL, "CANCEL", NOW), new BookingChosen(CALL, "a1", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CONFIRM_CANCEL));
        }

        @Test
        void givenTwoBookings_whenCallerNamesOneWhileAskingToMoveIt_thenThatOneIsChosenAndNotRequestedAgain() {
            Understood thursdays = new Understood(Intent.RESCHEDULE, thursday.slot().start(), null, Grain.DAY, false,
                    true, null, null, null, null, null, null);
            fixture.given(STARTED, twoBookings)
                    .when(hear(1, "I can't make my appointment on thursday", Expectation.INTENT, thursdays))
                    .expectEvents(heard(1, "I can't make my appointment on thursday", Expectation.INTENT),
                            new IntentDetected(CALL, "RESCHEDULE", NOW), new BookingChosen(CALL, "a2", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME
                            && thursday.slot().equals(p.existing())));
        }

        @Test
        void givenCancellationReadBack_whenCallerConfirms_thenItIsToBeCarriedOut() {
            fixture.given(STARTED, oneBooking, new IntentDetected(CALL, "CANCEL", NOW),
                            new BookingChosen(CALL, "a1", NOW))
                    .when(hear(2, "yes", Expectation.CONFIRMATION, Understood.intent(Intent.YES)))
                    .expectEvents(heard(2, "yes", Expectation.CONFIRMATION),
                            new CancellationConfirmedByCaller(CALL, "a1", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.BOOKING
                            && p.purpose() == Purpose.CANCEL));
        }

        @Test
        void givenCancellationConfirmed_whenChangeRecorded_thenSaysItIsCancelled() {
            fixture.given(STARTED, oneBooking, new IntentDetected(CALL, "CANCEL", NOW),
                            new BookingChosen(CALL, "a1", NOW), new CancellationConfirmedByCaller(CALL, "a1", NOW))
                    .when(new RecordChange(CALL, NOW))
                    .expectEvents(new BookingChanged(CALL, "a1", Change.CANCELLED, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CANCELLED && p.endsCall()));
        }

        @Test
        void givenOneBooking_whenCallerAsksToMoveItToAFreeTime_thenReadsTheMoveBack() {
            Instant fridayAtThree = THREE_PM.plus(Duration.ofDays(2));
            Slot friday = Slot.of(fridayAtThree, HALF_HOUR);
            Understood move = new Understood(Intent.RESCHEDULE, fridayAtThree, null, Grain.HOUR, true, true, null,
                    null, null, null, null, null);
            fixture.given(STARTED, oneBooking)
                    .when(hear(1, "move it to friday at 3", Expectation.INTENT, move, Availability.free(friday)))
                    .expectEvents(heard(1, "move it to friday at 3", Expectation.INTENT),
                            new IntentDetected(CALL, "RESCHEDULE", NOW), new BookingChosen(CALL, "a1", NOW),
                            new SlotRequested(CALL, fridayAtThree, null, "HOUR", NOW),
                            new SlotAccepted(CALL, fridayAtThree, friday.end(), NOW),
                            new BookingReadBack(CALL, fridayAtThree, friday.end(), null, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK
                            && p.purpose() == Purpose.RESCHEDULE && AT_TWO.equals(p.existing())));
        }

        @Test
        void givenMoveReadBack_whenCallerConfirms_thenTheMoveIsToBeMade() {
            fixture.given(STARTED, oneBooking, new IntentDetected(CALL, "RESCHEDULE", NOW),
                            new BookingChosen(CALL, "a1", NOW), new SlotRequested(CALL, THREE_PM, null, "HOUR", NOW),
                            new SlotAccepted(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), NOW),
                            new BookingReadBack(CALL, THREE_PM, THREE_PM.plus(HALF_HOUR), null, NOW))
                    .when(hear(2, "yes", Expectation.CONFIRMATION, Understood.intent(Intent.YES)))
                    .expectEvents(heard(2, "yes", Expectation.CONFIRMATION),
                            new RescheduleConfirmedByCaller(CALL, "a1", THREE_PM, THREE_PM.plus(HALF_HOUR), NOW));
        }

        @Test
        void givenSeveralBookings_whenCallerAsksToCancel_thenAsksWhichOne() {
            fixture.given(STARTED, twoBookings)
                    .when(hear(1, "cancel", Expectation.INTENT, Understood.intent(Intent.CANCEL)))
                    .expectEvents(heard(1, "cancel", Expectation.INTENT), new IntentDetected(CALL, "CANCEL", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CHOOSE_BOOKING
                            && p.slots().size() == 2));
        }

        @Test
        void givenSeveralBookings_whenCallerPicksTheSecond_thenThatOneIsChosen() {
            fixture.given(STARTED, twoBookings, new IntentDetected(CALL, "CANCEL", NOW))
                    .when(hear(2, "the second one", Expectation.CHOICE, choice(2)))
                    .expectEvents(heard(2, "the second one", Expectation.CHOICE), new BookingChosen(CALL, "a2", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CONFIRM_CANCEL
                            && thursday.slot().equals(p.existing())));
        }

        @Test
        void givenNoBookings_whenCallerAsksToCancel_thenSaysSoAndOffersTheMenu() {
            fixture.given(STARTED)
                    .when(hear(1, "cancel", Expectation.INTENT, Understood.intent(Intent.CANCEL)))
                    .expectEvents(heard(1, "cancel", Expectation.INTENT),
                            new NoBookingToChange(CALL, Purpose.CANCEL, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                            && p.preface() == Preface.NO_BOOKING_FOUND));
        }
    }

    @Nested
    class Services {

        private final CallStarted offeringTwo = new CallStarted(CALL, PHONE, "+16475550000", TORONTO.getId(),
                List.of("Cleaning", "Checkup"), NOW);

        private Understood service(String name, Instant start) {
            return new Understood(Intent.BOOK, start, null, start == null ? null : Grain.HOUR, start != null,
                    start != null, null, null, null, null, name, null);
        }

        @Test
        void givenSeveralServices_whenCallerAsksToBook_thenAsksWhichService() {
            fixture.given(offeringTwo)
                    .when(hear(1, "book", Expectation.INTENT, Understood.intent(Intent.BOOK)))
                    .expectEvents(heard(1, "book", Expectation.INTENT), BOOKING)
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_SERVICE));
        }

        @Test
        void givenServiceAsked_whenCallerNamesOne_thenAsksForATime() {
            fixture.given(offeringTwo, BOOKING)
                    .when(hear(2, "a cleaning", Expectation.SERVICE, service("Cleaning", null)))
                    .expectEvents(heard(2, "a cleaning", Expectation.SERVICE),
                            new ServiceChosen(CALL, "Cleaning", NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME
                            && "Cleaning".equals(p.service())));
        }

        @Test
        void givenSeveralServices_whenCallerSaysServiceAndTimeAtOnce_thenTakesBoth() {
            Slot hour = Slot.of(TWO_PM, Duration.ofHours(1));
            fixture.given(offeringTwo, new CallerRecognized(CALL, "Ann", NOW))
                    .when(hear(1, "a cleaning tomorrow at 2", Expectation.INTENT, service("Cleaning", TWO_PM),
                            Availability.free(hour)))
                    .expectEvents(heard(1, "a cleaning tomorrow at 2", Expectation.INTENT),
                            new ServiceChosen(CALL, "Cleaning", NOW), BOOKING,
                            new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                            new SlotAccepted(CALL, TWO_PM, hour.end(), NOW),
                            new BookingReadBack(CALL, TWO_PM, hour.end(), "Ann", NOW));
        }

        @Test
        void givenServiceAsked_whenATimeIsSaidInstead_thenKeepsTheTimeAndAsksTheServiceAgain() {
            fixture.given(offeringTwo, BOOKING)
                    .when(hear(2, "tomorrow at 2", Expectation.SERVICE, at(TWO_PM, true)))
                    .expectEvents(heard(2, "tomorrow at 2", Expectation.SERVICE),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new RequestUnclear(CALL, What.NO_SERVICE, List.of(), NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_SERVICE));
        }

        @Test
        void givenTimeKeptWhileServiceAsked_whenTheSecondIsPicked_thenTheTimeIsReadWithThatService() {
            fixture.given(offeringTwo, BOOKING, heard(2, "tomorrow at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new RequestUnclear(CALL, What.NO_SERVICE, List.of(), NOW))
                    .when(hear(2, "tomorrow at 2", Expectation.TIME, Understood.nothing()))
                    .expectState(call -> {
                        Understood read = call.inContext(choice(2));
                        assertThat(read.service()).isEqualTo("Checkup");
                        assertThat(read.start()).isEqualTo(TWO_PM);
                    });
        }
    }

    @Nested
    class UnclearRequests {

        @Test
        void whenWordsAllowTwoDays_thenAsksWhichOne() {
            Instant nextWeek = TWO_PM.plus(Duration.ofDays(7));
            Understood twoReadings = new Understood(Intent.BOOK, TWO_PM, null, Grain.HOUR, true, true, null, null,
                    null, nextWeek, null, null);
            fixture.given(STARTED, BOOKING)
                    .when(hear(2, "next wednesday at 2", Expectation.TIME, twoReadings, Availability.free(AT_TWO)))
                    .expectEvents(heard(2, "next wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                            new RequestUnclear(CALL, What.TWO_READINGS, List.of(TWO_PM, nextWeek), NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CLARIFY
                            && p.slots().size() == 2));
        }

        @Test
        void givenTwoReadings_whenTheSameTwoWayWordsComeAgain_thenItIsAMissNotAnotherQuestion() {
            Instant nextWeek = TWO_PM.plus(Duration.ofDays(7));
            Understood again = new Understood(Intent.BOOK, TWO_PM, null, Grain.HOUR, true, true, null, null, null,
                    nextWeek, null, null);
            fixture.given(STARTED, BOOKING, heard(2, "next wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                            new RequestUnclear(CALL, What.TWO_READINGS, List.of(TWO_PM, nextWeek), NOW))
                    .when(hear(3, "next wednesday", Expectation.CHOICE, again, Availability.free(AT_TWO)))
                    .expectEvents(heard(3, "next wednesday", Expectation.CHOICE),
                            new UtteranceNotUnderstood(CALL, 3, "CHOICE", 1, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.CLARIFY && p.apology()));
        }

        @Test
        void whenTheLaterReadingComesFirst_thenTheReadingsAreOfferedInDateOrder() {
            Instant nextWeek = TWO_PM.plus(Duration.ofDays(7));
            Understood laterFirst = new Understood(Intent.BOOK, nextWeek, null, Grain.HOUR, true, true, null, null,
                    null, TWO_PM, null, null);
            fixture.given(STARTED, BOOKING)
                    .when(hear(2, "next wednesday at 2", Expectation.TIME, laterFirst, Availability.free(AT_TWO)))
                    .expectEvents(heard(2, "next wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, nextWeek, null, "HOUR", NOW),
                            new RequestUnclear(CALL, What.TWO_READINGS, List.of(TWO_PM, nextWeek), NOW));
        }

        @Test
        void givenTwoReadings_whenCallerPicksTheSecondNext_thenItIsReadAsThatDayAndTime() {
            Instant nextWeek = TWO_PM.plus(Duration.ofDays(7));
            fixture.given(STARTED, BOOKING, heard(2, "next wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                            new RequestUnclear(CALL, What.TWO_READINGS, List.of(TWO_PM, nextWeek), NOW))
                    .when(hear(2, "next wednesday at 2", Expectation.TIME, Understood.nothing()))
                    .expectState(call -> {
                        Understood read = call.inContext(choice(2));
                        assertThat(read.start()).isEqualTo(nextWeek);
                        assertThat(read.timeSaid()).isTrue();
                        assertThat(read.dateSaid()).isTrue();
                    });
        }

        @Test
        void whenOnlyADayIsSaid_thenSaysWhichTimesAreFreeThatDay() {
            Instant wednesday = TWO_PM.atZone(TORONTO).toLocalDate().atStartOfDay(TORONTO).toInstant();
            Understood dayOnly = new Understood(Intent.BOOK, wednesday, null, Grain.DAY, false, true, null, null,
                    null, null, null, null);
            fixture.given(STARTED, BOOKING)
                    .when(hear(2, "wednesday", Expectation.TIME, dayOnly,
                            Availability.options(List.of(AT_TWO, AT_TWO_THIRTY))))
                    .expectEvents(heard(2, "wednesday", Expectation.TIME),
                            new SlotRequested(CALL, wednesday, null, "DAY", NOW),
                            new RequestUnclear(CALL, What.NO_TIME_OF_DAY, List.of(), NOW),
                            new SlotsOffered(CALL, List.of(TWO_PM, TWO_THIRTY), HALF_HOUR, false, NOW))
                    .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.OFFER
                            && p.preface() == Preface.NO_TIME_OF_DAY));
        }

        @Test
        void givenADayNamed_whenOnlyATimeIsSaidNext_thenItIsReadOnThatDay() {
            Instant wednesday = TWO_PM.atZone(TORONTO).toLocalDate().atStartOfDay(TORONTO).toInstant();
            Instant fourToday = THREE_PM.plus(Duration.ofHours(1)).minus(Duration.ofDays(1));
            fixture.given(STARTED, BOOKING, heard(2, "wednesday", Expectation.TIME),
                            new SlotRequested(CALL, wednesday, null, "DAY", NOW))
                    .when(hear(2, "wednesday", Expectation.TIME, Understood.nothing()))
                    .expectState(call -> assertThat(call.inContext(at(fourToday, false)).start())
                            .isEqualTo(THREE_PM.plus(Duration.ofHours(1))));
        }

        @Test
        void givenNextWeekAsked_whenAWeekdayAloneIsSaidNext_thenItIsThatWeeksDay() {
            Instant nextMonday = Instant.parse("2026-03-09T04:00:00Z");
            Instant thisWednesday = Instant.parse("2026-03-04T05:00:00Z");
            fixture.given(STARTED, BOOKING, heard(2, "next week", Expectation.TIME),
                            new SlotRequested(CALL, nextMonday, nextMonday.plus(Duration.ofDays(7)), "WEEK", NOW))
                    .when(hear(2, "next week", Expectation.TIME, Understood.nothing()))
                    .expectState(call -> {
                        Understood wednesday = new Understood(Intent.BOOK, thisWednesday, null, Grain.DAY, false,
                                true, null, null, null, null, null, null);
                        assertThat(call.inContext(wednesday).start()).isEqualTo(Instant.parse("2026-03-11T04:00:00Z"));
                    });
        }

        @Test
        void givenASlotReadBack_whenOnlyAnotherDayIsSaid_thenItKeepsTheTime() {
            Instant thursdayMidnight = Instant.parse("2026-03-05T05:00:00Z");
            fixture.given(STARTED, new CallerRecognized(CALL, "Ann", NOW), BOOKING, heard(2, "wednesday at 2",
                            Expectation.TIME), new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Ann", NOW))
                    .when(hear(2, "wednesday at 2", Expectation.TIME, Understood.nothing()))
                    .expectState(call -> {
                        Understood thursday = new Understood(Intent.BOOK, thursdayMidnight, null, Grain.DAY, false,
                                true, null, null, null, null, null, null);
                        assertThat(call.inContext(thursday).start()).isEqualTo(TWO_PM.plus(Duration.ofDays(1)));
                    });
        }

        @Test
        void whenAFreeTimeIsHeardFaintly_thenOffersItAsAQuestion() {
            HearCaller faint = new HearCaller(CALL, 2, new Heard("wednesday at 2", 0.2, Channel.SPEECH),
                    at(TWO_PM, true), Availability.free(AT_TWO), NOW, false);
            fixture.given(STARTED, BOOKING)
                    .when(faint)
                    .expectEvents(new UtteranceHeard(CALL, 2, "wednesday at 2", 0.2, "SPEECH", "TIME", NOW),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                            new RequestUnclear(CALL, What.LOW_CONFIDENCE, List.of(), NOW),
                            new SlotsOffered(CALL, List.of(TWO_PM), HALF_HOUR, false, NOW));
        }

        @Test
        void whenTheCalendarDidNotAnswer_thenThatIsRecorded() {
            fixture.given(STARTED, new CallerRecognized(CALL, "Ann", NOW), BOOKING)
                    .when(hear(2, "wednesday at 2", Expectation.TIME, at(TWO_PM, true),
                            Availability.free(AT_TWO).withoutCalendar()))
                    .expectEvents(heard(2, "wednesday at 2", Expectation.TIME),
                            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW), new CalendarSkipped(CALL, NOW),
                            new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW),
                            new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Ann", NOW));
        }
    }

    @Test
    void promptsExpectWhatTheirQuestionAsks() {
        assertThat(Kind.OFFER.expecting()).isEqualTo(Expectation.CHOICE);
        assertThat(Kind.READ_BACK.expecting()).isEqualTo(Expectation.CONFIRMATION);
    }

    static Matcher<Object> matches(Predicate<Prompt> test) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Prompt prompt && test.test(prompt);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a prompt as expected");
            }
        };
    }
}
