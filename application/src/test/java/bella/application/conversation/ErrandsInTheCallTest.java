package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.MessageOffered;
import bella.domain.call.RecordingDisclosed;
import bella.domain.call.UtteranceNotUnderstood;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the Call does with errands that are not bookings, said as the call opens: a person or a call back asked for
 * is put through or, where calls are recorded and no one can be rung, offered a message; a question Bella has no
 * answer for starts no booking, and she asks again what the call is about.
 */
class ErrandsInTheCallTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @ValueSource(strings = {"I've got a question for the hygienist about my gums, could she ring me?",
            "Hi, I'm the rep from Dental Depot, is your practice manager in?"})
    void givenAPersonAskedFor_whenNoOneCanBeRung_thenAMessageIsOfferedAndNoBookingStarted(String text) {
        Object[] recorded = {started(), new RecordingDisclosed(CALL, NOW.toInstant())};
        List<EventMessage<?>> done = hear(understanding, recorded, text, Expectation.INTENT);

        assertThat(payload(done, IntentDetected.class)).as(text)
                .hasValueSatisfying(intent -> assertThat(intent.intent()).isEqualTo("HUMAN"));
        assertThat(payload(done, MessageOffered.class)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Which door do we use when we come in?", "is there a ramp for when I come in"})
    void givenAQuestionBellaCannotAnswer_whenHeard_thenNoBookingStartsAndTheQuestionIsAskedAgain(String text) {
        List<EventMessage<?>> done = hear(understanding, new Object[] {started()}, text, Expectation.INTENT);

        assertThat(payload(done, IntentDetected.class)).as(text).isEmpty();
        assertThat(payload(done, UtteranceNotUnderstood.class)).as(text).isPresent();
    }
}
