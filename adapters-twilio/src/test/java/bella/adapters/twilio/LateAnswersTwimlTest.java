package bella.adapters.twilio;

import bella.domain.call.Expectation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Twilio is told when Bella could not answer in time: words for the caller, and where the call goes on. */
class LateAnswersTwimlTest {

    @Test
    void anAnswerNotHandledInTimeIsAskedForAgainUnderTheSameTurn() {
        String twiml = TwimlReplies.askAgain(3, Expectation.NAME);

        assertThat(twiml).contains("<Gather", "action=\"/twilio/gather?turn=3&amp;expect=NAME\"",
                "Could you say it once more?", "<Redirect method=\"POST\">/twilio/gather?turn=3&amp;expect=NAME");
        assertThat(twiml).doesNotContain("<Hangup");
    }

    @Test
    void aCallNotGreetedInTimeIsPlacedAgain() {
        String twiml = TwimlReplies.holdOn();

        assertThat(twiml).contains("<Say>Thank you for calling. One moment, please.</Say>",
                "<Redirect method=\"POST\">/twilio/voice</Redirect>");
    }
}
