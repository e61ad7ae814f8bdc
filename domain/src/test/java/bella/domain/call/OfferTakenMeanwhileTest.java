package bella.domain.call;

import bella.domain.booking.Slot;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

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
import static bella.domain.call.CallTest.choice;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slot offered a moment ago may be booked by another caller before this one takes it: the Call names the slot it
 * would take or read back, the diary checks it again, and a slot gone since is never accepted nor read back.
 */
class OfferTakenMeanwhileTest {

    private static final SlotsOffered OFFERED = new SlotsOffered(CALL, List.of(TWO_PM, TWO_THIRTY, THREE_PM),
            HALF_HOUR, false, NOW);
    private static final Availability TWO_TAKEN = Availability.refused(AT_TWO, Refusal.TAKEN,
            List.of(AT_TWO_THIRTY, AT_THREE));

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void whenTheFirstOfferIsPickedAfterAnotherCallerBookedIt_thenBellaSaysSoAndOffersWhatIsLeft() {
        fixture.given(STARTED, BOOKING, OFFERED)
                .when(hear(1, "the first one", Expectation.CHOICE, choice(1), TWO_TAKEN))
                .expectEvents(heard(1, "the first one", Expectation.CHOICE),
                        new SlotUnavailable(CALL, TWO_PM, AT_TWO.end(), "TAKEN", NOW),
                        new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, false, NOW));
    }

    @Test
    void whenTheFirstOfferIsPickedAndStillFree_thenItIsTaken() {
        fixture.given(STARTED, BOOKING, OFFERED)
                .when(hear(1, "the first one", Expectation.CHOICE, choice(1), Availability.free(AT_TWO)))
                .expectEvents(heard(1, "the first one", Expectation.CHOICE),
                        new SlotAccepted(CALL, TWO_PM, AT_TWO.end(), NOW));
    }

    @Test
    void whenTheNameIsGivenAfterTheChosenSlotWasBookedByAnother_thenItIsNotReadBackButReplaced() {
        fixture.given(STARTED, BOOKING, OFFERED, new SlotAccepted(CALL, TWO_PM, AT_TWO.end(), NOW))
                .when(hear(1, "Alex Martin", Expectation.NAME, named("Alex Martin"), TWO_TAKEN))
                .expectEvents(heard(1, "Alex Martin", Expectation.NAME),
                        new CallerNamed(CALL, "Alex Martin", NOW),
                        new SlotUnavailable(CALL, TWO_PM, AT_TWO.end(), "TAKEN", NOW),
                        new SlotsOffered(CALL, List.of(TWO_THIRTY, THREE_PM), HALF_HOUR, false, NOW));
    }

    @Test
    void theSlotToCheckAgainIsTheOfferPickedOrTheOneChosenOnceTheNameIsGiven() {
        fixture.given(STARTED, BOOKING, OFFERED)
                .when(hear(1, "the second one", Expectation.CHOICE, choice(2), Availability.free(AT_TWO_THIRTY)))
                .expectState(call -> {
                    assertThat(call.slotToRecheck(named("Alex Martin"))).contains(AT_TWO_THIRTY);
                    assertThat(call.slotToRecheck(Understood.nothing())).isEmpty();
                });
        fixture.given(STARTED, BOOKING, OFFERED)
                .when(hear(1, "hmm", Expectation.CHOICE, Understood.nothing()))
                .expectState(call -> assertThat(call.slotToRecheck(choice(3))).contains(Slot.of(THREE_PM, HALF_HOUR)));
    }
}
