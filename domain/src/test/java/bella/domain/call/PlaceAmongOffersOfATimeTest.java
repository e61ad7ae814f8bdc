package bella.domain.call;

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

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "The later of the two early-afternoon ones": a place said with a part of the day counts among the offers that part
 * of the day holds, not among all of them.
 */
class PlaceAmongOffersOfATimeTest {

    private static final SlotsOffered OFFERED = new SlotsOffered(CALL, List.of(TWO_PM, TWO_THIRTY, THREE_PM),
            HALF_HOUR, false, NOW);
    private static final CallerRecognized KNOWN = new CallerRecognized(CALL, "Ann Lee", NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void givenThreeOffers_whenTheLastOfThoseInAWindowIsPicked_thenTheLastInTheWindowIsTaken() {
        // From two until three: the two and the half past two offers, the later of which is picked.
        Understood laterOfTheTwo = new Understood(Intent.OTHER, TWO_PM, THREE_PM, Grain.HOUR, true, false, null,
                null, -1, null, null, null);
        fixture.given(STARTED, KNOWN, BOOKING, OFFERED)
                .when(hear(2, "the later of the two early afternoon ones", Expectation.CHOICE, laterOfTheTwo,
                        Availability.free(AT_TWO_THIRTY)))
                .expectEvents(heard(2, "the later of the two early afternoon ones", Expectation.CHOICE),
                        new SlotAccepted(CALL, TWO_THIRTY, AT_TWO_THIRTY.end(), NOW),
                        new BookingReadBack(CALL, TWO_THIRTY, AT_TWO_THIRTY.end(), "Ann Lee", NOW));
    }
}
