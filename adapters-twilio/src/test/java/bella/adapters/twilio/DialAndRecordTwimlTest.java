package bella.adapters.twilio;

import bella.application.conversation.Reply;
import bella.domain.call.Expectation;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Putting a caller through and taking a message, in the attributes Twilio's {@code <Dial>} and {@code <Record>}
 * references define: each action a relative URL under /twilio/ (so it is signed and checked like every webhook),
 * posted to.
 */
class DialAndRecordTwimlTest {

    private static final TwimlReplies REPLIES = new TwimlReplies(
            new TwilioVoice(Gather.Language.EN_CA, Say.Voice.POLLY_JOANNA_NEURAL), "+14165550100");

    @Test
    void givenATransfer_whenRendered_thenTheOwnerIsRungForTwentySecondsAndTheOutcomePostedWithTheNextTurn() {
        Document twiml = Xml.parse(REPLIES.render(new Reply("One moment, I'll put you through.", Expectation.NOTHING,
                4, List.of(), Reply.Then.DIAL)));

        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Say", "Dial");
        Element dial = Xml.verbs(twiml).get(1);
        assertThat(dial.getTextContent()).isEqualTo("+14165550100");
        assertThat(dial.getAttribute("action")).isEqualTo("/twilio/dial?turn=4");
        assertThat(dial.getAttribute("method")).isEqualTo("POST");
        assertThat(dial.getAttribute("timeout")).isEqualTo("20");
    }

    @Test
    void givenAMessage_whenRendered_thenItIsRecordedAfterABeepForTwoMinutesAtMostAndReportedTwice() {
        Document twiml = Xml.parse(REPLIES.render(new Reply("Please leave a message after the tone.",
                Expectation.NOTHING, 4, List.of(), Reply.Then.RECORD)));

        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Say", "Record", "Say", "Hangup");
        Element record = Xml.verbs(twiml).get(1);
        assertThat(record.getAttribute("action")).isEqualTo("/twilio/recording");
        assertThat(record.getAttribute("method")).isEqualTo("POST");
        assertThat(record.getAttribute("maxLength")).isEqualTo("120");
        assertThat(record.getAttribute("timeout")).isEqualTo("5");
        assertThat(record.getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(record.getAttribute("playBeep")).isEqualTo("true");
        assertThat(record.getAttribute("recordingStatusCallback")).isEqualTo("/twilio/recording-status");
        assertThat(record.getAttribute("recordingStatusCallbackMethod")).isEqualTo("POST");
        assertThat(record.getAttribute("recordingStatusCallbackEvent")).isEqualTo("completed absent");
        assertThat(record.hasAttribute("transcribe")).as("Whisper transcribes, not Twilio").isFalse();
        // an empty recording skips the action: the caller hears the verbs after it
        assertThat(Xml.verbs(twiml).get(2).getTextContent()).contains("I didn't hear a message");
    }
}
