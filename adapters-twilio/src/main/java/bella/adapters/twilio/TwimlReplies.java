package bella.adapters.twilio;

import bella.application.conversation.Reply;
import bella.domain.call.Expectation;
import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;

import java.util.List;

/** Turns Bella's replies into TwiML with the Twilio SDK's builders, which escape everything they are given. */
final class TwimlReplies {

    static final String GATHER_PATH = "/twilio/gather";
    static final String VOICE_PATH = "/twilio/voice";

    private TwimlReplies() {
    }

    static String render(Reply reply) {
        Say say = new Say.Builder(speakable(reply.words())).build();
        if (reply.endsCall()) {
            return new VoiceResponse.Builder().say(say).hangup(new Hangup.Builder().build()).build().toXml();
        }
        String action = GATHER_PATH + "?turn=" + reply.nextTurn() + "&expect=" + reply.expecting().name();
        Gather.Builder gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
                .action(action)
                .method(HttpMethod.POST)
                .language(Gather.Language.EN_US)
                .speechTimeout("auto")
                .say(say);
        if (reply.expecting() == Expectation.PHONE) {
            gather.finishOnKey("#").timeout(10);
        } else {
            gather.numDigits(1);
        }
        // With no answer Twilio skips the action and runs the next verb: come back as a silent turn.
        Redirect silence = new Redirect.Builder(action).method(HttpMethod.POST).build();
        return new VoiceResponse.Builder().gather(gather.build()).redirect(silence).build().toXml();
    }

    /** The same question again, under the same turn: nothing of the answer Bella could not handle in time is kept. */
    static String askAgain(int turn, Expectation expecting) {
        return render(new Reply("I'm sorry, I didn't manage to take that down. Could you say it once more?",
                expecting, turn));
    }

    /** The greeting could not be made in time: a word to the caller, then the call webhook again. */
    static String holdOn() {
        Say say = new Say.Builder("Thank you for calling. One moment, please.").build();
        Redirect again = new Redirect.Builder(VOICE_PATH).method(HttpMethod.POST).build();
        return new VoiceResponse.Builder().say(say).redirect(again).build().toXml();
    }

    static String apology() {
        return render(new Reply("I'm sorry, something went wrong on our side. Please call us back in a few "
                + "minutes. Goodbye.", Expectation.NOTHING, 0));
    }

    /** The TwiML builder rejects control characters, so a garbled name never turns into an error. */
    static String speakable(String words) {
        return words.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", " ");
    }
}
