package bella.domain.call;

import static bella.domain.call.CallTest.AT_THREE;
import static bella.domain.call.CallTest.AT_TWO;
import static bella.domain.call.CallTest.AT_TWO_THIRTY;
import static bella.domain.call.CallTest.BOOKING;
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

import bella.domain.call.Prompt.Kind;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller who took one of the times offered and then corrects the choice ("no wait, the first one") at the
 * read-back gets the one corrected to, read back; not a "no" that starts over.
 */
class ChoiceCorrectedTest {

    private static final SlotsOffered OFFERED = new SlotsOffered(CALL, List.of(TWO_PM, TWO_THIRTY, THREE_PM),
            HALF_HOUR, false, NOW);
    private static final CallerRecognized KNOWN = new CallerRecognized(CALL, "Ann Lee", NOW);
    private static final Object[] SECOND_READ_BACK = {STARTED, KNOWN, BOOKING, OFFERED,
            new SlotAccepted(CALL, TWO_THIRTY, AT_TWO_THIRTY.end(), NOW),
            new BookingReadBack(CALL, TWO_THIRTY, AT_TWO_THIRTY.end(), "Ann Lee", NOW)};

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    /** "No wait, the first one": a no, a place, and (as "the 1st") perhaps a day. */
    private static Understood correctedTo(int place, Instant dayReading) {
        return new Understood(Intent.NO, dayReading, null, dayReading == null ? null : Grain.DAY, false,
                dayReading != null, null, null, place, null, null, null);
    }

    @Test
    void givenTheSecondOfferReadBack_whenTheCallerCorrectsToTheFirst_thenTheFirstIsReadBack() {
        fixture.given(SECOND_READ_BACK)
                .when(hear(3, "no wait, the first one", Expectation.CONFIRMATION, correctedTo(1, null),
                        Availability.free(AT_TWO)))
                .expectEvents(heard(3, "no wait, the first one", Expectation.CONFIRMATION),
                        new SlotAccepted(CALL, TWO_PM, AT_TWO.end(), NOW),
                        new BookingReadBack(CALL, TWO_PM, AT_TWO.end(), "Ann Lee", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK
                        && p.slots().equals(List.of(AT_TWO))));
    }

    @Test
    void givenTheSecondOfferReadBack_whenTheCorrectionAlsoReadsAsADay_thenTheOfferStillWins() {
        Instant firstOfTheMonth = Instant.parse("2026-04-01T04:00:00Z");
        fixture.given(SECOND_READ_BACK)
                .when(hear(3, "no, the 1st", Expectation.CONFIRMATION, correctedTo(1, firstOfTheMonth),
                        Availability.free(AT_TWO)))
                .expectEvents(heard(3, "no, the 1st", Expectation.CONFIRMATION),
                        new SlotAccepted(CALL, TWO_PM, AT_TWO.end(), NOW),
                        new BookingReadBack(CALL, TWO_PM, AT_TWO.end(), "Ann Lee", NOW));
    }

    @Test
    void givenTheSecondOfferReadBack_whenTheOneCorrectedToWasBookedMeanwhile_thenWhatIsLeftIsOffered() {
        fixture.given(SECOND_READ_BACK)
                .when(hear(3, "the last one actually", Expectation.CONFIRMATION, correctedTo(-1, null),
                        Availability.refused(AT_THREE, Refusal.TAKEN, List.of(AT_TWO))))
                .expectEvents(heard(3, "the last one actually", Expectation.CONFIRMATION),
                        new SlotUnavailable(CALL, THREE_PM, AT_THREE.end(), "TAKEN", NOW),
                        new SlotsOffered(CALL, List.of(TWO_PM), HALF_HOUR, false, NOW));
    }

    @Test
    void givenATimeReadBackThatWasNeverOffered_whenTheCallerSaysNoTheFirst_thenItIsADeclineAsBefore() {
        fixture.given(STARTED, KNOWN, BOOKING, new SlotAccepted(CALL, TWO_PM, AT_TWO.end(), NOW),
                        new BookingReadBack(CALL, TWO_PM, AT_TWO.end(), "Ann Lee", NOW))
                .when(hear(3, "no, the first one", Expectation.CONFIRMATION, correctedTo(1, null)))
                .expectEvents(heard(3, "no, the first one", Expectation.CONFIRMATION),
                        new CallerDeclined(CALL, Stage.READ_BACK, NOW));
    }

    @Test
    void givenTheSecondOfferReadBack_whenThatSameOneIsNamed_thenItIsNoCorrection() {
        fixture.given(SECOND_READ_BACK)
                .when(hear(3, "yes, the second one", Expectation.CONFIRMATION, new Understood(Intent.YES, null, null,
                        null, false, false, null, null, 2, null, null, null)))
                .expectEvents(heard(3, "yes, the second one", Expectation.CONFIRMATION),
                        new BookingConfirmedByCaller(CALL, TWO_THIRTY, AT_TWO_THIRTY.end(), "Ann Lee",
                                CallTest.PHONE, NOW));
    }
}
