package bella.domain.call;

import bella.domain.call.Prompt.Kind;
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
import static bella.domain.call.CallTest.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each answer is a turn, numbered by the action URL Bella gave it, and a reply to the question the Call asked, which
 * the Call knows from its own events: an answer delivered again, or late after later ones, changes nothing.
 */
class TurnsTest {

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void whenAnAnswerIsHeard_thenItIsRecordedAsAReplyToTheQuestionTheCallAsked() {
        fixture.given(STARTED, heard(1, "I'd like to book", Expectation.INTENT), BOOKING)
                .when(hear(2, "hmm", Expectation.TIME, Understood.nothing()))
                .expectEvents(heard(2, "hmm", Expectation.TIME),
                        new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW))
                .expectState(call -> assertThat(call.nextTurn()).isEqualTo(3));
    }

    @Test
    void givenTurnTwoHeard_whenTurnOneArrivesLate_thenNothingIsRecordedAndTheStandingQuestionWaitsForTurnThree() {
        fixture.given(STARTED, heard(1, "I'd like to book", Expectation.INTENT), BOOKING,
                        heard(2, "hmm", Expectation.TIME), new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW))
                .when(hear(1, "Ann Lee", Expectation.INTENT, named("Ann Lee")))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME && p.name() == null))
                .expectState(call -> assertThat(call.nextTurn()).isEqualTo(3));
    }

    @Test
    void givenTurnOneHeard_whenItIsDeliveredAgain_thenTheSameQuestionIsAskedAndNothingIsRecorded() {
        fixture.given(STARTED, heard(1, "I'd like to book", Expectation.INTENT), BOOKING)
                .when(hear(1, "I'd like to book", Expectation.INTENT, Understood.intent(Intent.BOOK)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_TIME));
    }

    @Test
    void whenAnAnswerSkipsTurns_thenItIsHeardAndTheCallWaitsForTheTurnAfterIt() {
        // Bella names each turn herself, so no late copy can be numbered ahead: the caller's words are taken.
        fixture.given(STARTED, heard(1, "I'd like to book", Expectation.INTENT), BOOKING)
                .when(hear(5, "hmm", Expectation.TIME, Understood.nothing()))
                .expectEvents(heard(5, "hmm", Expectation.TIME), new UtteranceNotUnderstood(CALL, 5, "TIME", 1, NOW))
                .expectState(call -> assertThat(call.nextTurn()).isEqualTo(6));
    }
}
