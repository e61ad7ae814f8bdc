package bella.domain.call;

import static bella.domain.call.CallTest.AT_TWO;
import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.PHONE;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TWO_PM;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;

import bella.domain.call.Prompt.Kind;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller who closes the conversation ("thanks, that's all", "great, bye") after any answer is thanked and the call
 * ends; the closing is never taken for a wish to book. At a yes-or-no question a yes still answers it.
 */
class ClosingsTest {

    private static final HoursGiven HOURS = new HoursGiven(CALL, NOW);
    private static final IntentDetected HOURS_ASKED = new IntentDetected(CALL, "HOURS", NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    private static Understood closing(Intent intent) {
        return new Understood(intent, null, null, null, false, false, null, null, null, null, null, null, false, true);
    }

    @Test
    void givenTheHoursGiven_whenTheCallerSaysGreatBye_thenBellaSaysGoodbyeAndBooksNothing() {
        fixture.given(STARTED, HOURS_ASKED, HOURS)
                .when(hear(2, "great, bye", Expectation.INTENT, closing(Intent.YES)))
                .expectEvents(heard(2, "great, bye", Expectation.INTENT), new CallerClosed(CALL, Stage.MENU, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.GOODBYE));
    }

    @Test
    void givenTheHoursGiven_whenTheCallerSaysThanksThatsAll_thenBellaSaysGoodbyeWithoutAnApology() {
        fixture.given(STARTED, HOURS_ASKED, HOURS)
                .when(hear(2, "thanks, that's all", Expectation.INTENT, closing(Intent.OTHER)))
                .expectEvents(heard(2, "thanks, that's all", Expectation.INTENT),
                        new CallerClosed(CALL, Stage.MENU, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.GOODBYE && !p.apology()));
    }

    @Test
    void givenTimesOffered_whenTheCallerClosesWithoutTakingOne_thenTheCallEndsPolitely() {
        fixture.given(STARTED, BOOKING, new SlotsOffered(CALL, List.of(TWO_PM), AT_TWO.length(), false, NOW))
                .when(hear(2, "no thanks, that's everything", Expectation.CHOICE, closing(Intent.NO)))
                .expectEvents(heard(2, "no thanks, that's everything", Expectation.CHOICE),
                        new CallerClosed(CALL, Stage.OFFER, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.GOODBYE));
    }

    @Test
    void givenTheBookingReadBack_whenTheCallerSaysYesAndBye_thenTheYesBooks() {
        fixture.given(STARTED, BOOKING, new CallerNamed(CALL, "Ann Lee", NOW),
                        new SlotAccepted(CALL, AT_TWO.start(), AT_TWO.end(), NOW),
                        new BookingReadBack(CALL, AT_TWO.start(), AT_TWO.end(), "Ann Lee", NOW))
                .when(hear(2, "great, bye", Expectation.CONFIRMATION, closing(Intent.YES)))
                .expectEvents(heard(2, "great, bye", Expectation.CONFIRMATION),
                        new BookingConfirmedByCaller(CALL, AT_TWO.start(), AT_TWO.end(), "Ann Lee", PHONE, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.BOOKING));
    }

    @Test
    void givenTheBookingReadBack_whenTheCallerClosesWithNeitherYesNorNo_thenTheQuestionStands() {
        fixture.given(STARTED, BOOKING, new CallerNamed(CALL, "Ann Lee", NOW),
                        new SlotAccepted(CALL, AT_TWO.start(), AT_TWO.end(), NOW),
                        new BookingReadBack(CALL, AT_TWO.start(), AT_TWO.end(), "Ann Lee", NOW))
                .when(hear(2, "thanks, have a good day", Expectation.CONFIRMATION, closing(Intent.OTHER)))
                .expectEvents(heard(2, "thanks, have a good day", Expectation.CONFIRMATION),
                        new UtteranceNotUnderstood(CALL, 2, "CONFIRMATION", 1, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK));
    }

    @Test
    void givenATimeAskedFor_whenTheCallerClosesWhileNamingATime_thenTheTimeIsAskedFor() {
        Understood withTime = new Understood(Intent.BOOK, TWO_PM, null, Grain.MINUTE, true, true, null, null, null,
                null, null, null, false, true);
        fixture.given(STARTED, BOOKING)
                .when(hear(2, "wednesday at 2 then, bye", Expectation.TIME, withTime, Availability.free(AT_TWO)))
                .expectEvents(heard(2, "wednesday at 2 then, bye", Expectation.TIME),
                        new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                        new SlotAccepted(CALL, AT_TWO.start(), AT_TWO.end(), NOW));
    }
}
