package bella.adapters.twilio;

import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Twilio is told when Bella could not answer in time: words for the caller, and where the call goes on. */
class LateAnswersTwimlTest {

    private static final TwimlReplies REPLIES = new TwimlReplies(
            new TwilioVoice(Gather.Language.EN_CA, Say.Voice.POLLY_JOANNA_NEURAL));

    @Test
    void anAnswerNotHandledInTimeIsAskedForAgainUnderTheSameTurn() {
        String twiml = REPLIES.askAgain(3);

        assertThat(twiml).contains("<Gather", "action=\"/twilio/gather?turn=3\"", "finishOnKey=\"#\"",
                "Could you say it once more?", "<Redirect method=\"POST\">/twilio/gather?turn=3</Redirect>");
        assertThat(twiml).doesNotContain("<Hangup", "numDigits");
    }

    @Test
    void aCallNotGreetedInTimeIsPlacedAgain() {
        String twiml = REPLIES.holdOn();

        assertThat(twiml).contains("Thank you for calling. One moment, please.</Say>",
                "<Redirect method=\"POST\">/twilio/voice</Redirect>");
    }
}
