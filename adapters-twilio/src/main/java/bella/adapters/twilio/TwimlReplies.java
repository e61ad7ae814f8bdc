package bella.adapters.twilio;

import bella.application.conversation.Reply;
import bella.domain.call.Expectation;
import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;

import java.util.List;

/**
 * Turns Bella's replies into TwiML with the Twilio SDK's builders, which escape everything they are given.
 * <p>
 * Each {@code <Gather>} listens in the business's language with hints for the question asked (see {@link Hints}).
 * It sets no {@code speechModel}: Twilio then picks the model for the language and fails over between providers,
 * and {@code speechTimeout="auto"}, which ends the answer when the caller stops talking, is refused together with
 * an explicit model (Twilio warning 13335). For the same reason it sets no {@code enhanced}, which applies only to
 * the {@code phone_call} model.
 */
final class TwimlReplies {

    static final String GATHER_PATH = "/twilio/gather";
    static final String VOICE_PATH = "/twilio/voice";
    static final String DIAL_PATH = "/twilio/dial";
    static final String RECORDING_PATH = "/twilio/recording";
    static final String RECORDING_STATUS_PATH = "/twilio/recording-status";
    static final String ANSWER_RECORDING_PATH = "/twilio/answer-recording";
    /** Seconds the owner's phone rings before Bella offers a message: about five rings, short of voicemail. */
    static final int RING_SECONDS = 20;
    /** The longest message, in seconds: room for a name, a number and the reason for calling. */
    static final int LONGEST_MESSAGE_SECONDS = 120;
    /** Seconds of silence that end a message. */
    static final int MESSAGE_SILENCE_SECONDS = 5;
    /** The longest answer said again: a name spelled out, or a number said in groups, fits well inside it. */
    static final int LONGEST_REPEAT_SECONDS = 15;
    /** Seconds of silence that end an answer said again: longer than a pause between a number's groups. */
    static final int REPEAT_SILENCE_SECONDS = 3;

    /*
     * The SDK's toXml() asks for a new DOM builder and transformer factory each time. Unless these properties name
     * one, each request searches every jar on the class path for a provider (a sixth of a webhook's processor time
     * in a profile). No jar of Bella's provides one, so naming the JDK's own, which the search falls back to, changes
     * nothing but the search; a setting given on the command line stands.
     */
    static {
        System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }

    private final TwilioVoice voice;
    private final String ownerPhone;

    /** @param ownerPhone OWNER_PHONE, in E.164, or null: the Call then never asks to put a caller through */
    TwimlReplies(TwilioVoice voice, String ownerPhone) {
        this.voice = voice;
        this.ownerPhone = ownerPhone;
    }

    /** Replies for a business with no owner's phone set. */
    TwimlReplies(TwilioVoice voice) {
        this(voice, null);
    }

    String render(Reply reply) {
        Say say = new Say.Builder(speakable(reply.words())).voice(voice.voice()).build();
        switch (reply.then()) {
            case HANG_UP:
                return new VoiceResponse.Builder().say(say).hangup(new Hangup.Builder().build()).build().toXml();
            case DIAL:
                return dial(say, reply.nextTurn());
            case RECORD:
                return record(say);
            case RECORD_ANSWER:
                return recordAnswer(say, reply.nextTurn());
            default:
                return listen(say, reply);
        }
    }

    /**
     * Rings the owner; Twilio reports how that went ({@code DialCallStatus}) to the action, whose turn is the one the
     * caller's next answer carries, should Bella ask something after a call nobody took.
     */
    private String dial(Say say, int turn) {
        if (ownerPhone == null) {
            throw new IllegalStateException("a transfer without OWNER_PHONE");
        }
        Dial dial = new Dial.Builder(ownerPhone).action(DIAL_PATH + "?turn=" + turn).method(HttpMethod.POST)
                .timeout(RING_SECONDS).build();
        return new VoiceResponse.Builder().say(say).dial(dial).build().toXml();
    }

    /**
     * Records the message after a beep, ended by # or a pause; Twilio posts it to the action, and reports when its
     * media is ready (or absent) to the status callback. An empty recording skips the action (Twilio then runs the
     * next verb), so the caller hears goodbye.
     */
    private String record(Say say) {
        Record record = new Record.Builder().action(RECORDING_PATH).method(HttpMethod.POST)
                .maxLength(LONGEST_MESSAGE_SECONDS).timeout(MESSAGE_SILENCE_SECONDS).finishOnKey("#").playBeep(true)
                .recordingStatusCallback(RECORDING_STATUS_PATH).recordingStatusCallbackMethod(HttpMethod.POST)
                .recordingStatusCallbackEvents(List.of(Record.RecordingEvent.COMPLETED, Record.RecordingEvent.ABSENT))
                .build();
        Say nothing = new Say.Builder("I didn't hear a message. Thank you for calling, goodbye.")
                .voice(voice.voice()).build();
        return new VoiceResponse.Builder().say(say).record(record).say(nothing)
                .hangup(new Hangup.Builder().build()).build().toXml();
    }

    /**
     * Records the answer said once more after a beep, ended by #, a pause or its length, with the silence around it
     * trimmed; Twilio posts it to the action under the same turn, and reports its media ready to the status callback
     * (a {@code <Record>}'s media may still be processing when the action is posted). When nothing was said Twilio
     * skips the action and runs the next verb: the same action with no recording, so the call goes on with what was
     * heard first.
     */
    private String recordAnswer(Say say, int turn) {
        String action = ANSWER_RECORDING_PATH + "?turn=" + turn;
        Record record = new Record.Builder().action(action).method(HttpMethod.POST)
                .maxLength(LONGEST_REPEAT_SECONDS).timeout(REPEAT_SILENCE_SECONDS).finishOnKey("#").playBeep(true)
                .trim(Record.Trim.TRIM_SILENCE)
                .recordingStatusCallback(RECORDING_STATUS_PATH).recordingStatusCallbackMethod(HttpMethod.POST)
                .recordingStatusCallbackEvents(List.of(Record.RecordingEvent.COMPLETED)).build();
        Redirect nothing = new Redirect.Builder(action).method(HttpMethod.POST).build();
        return new VoiceResponse.Builder().say(say).record(record).redirect(nothing).build().toXml();
    }

    private String listen(Say say, Reply reply) {
        // The turn number lets the Call recognise a redelivered answer; what was asked, the Call knows itself.
        String action = GATHER_PATH + "?turn=" + reply.nextTurn();
        Gather.Builder gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
                .action(action)
                .method(HttpMethod.POST)
                .language(voice.language())
                .speechTimeout("auto")
                .say(say);
        String hints = Hints.forAnswer(reply);
        if (!hints.isEmpty()) {
            gather.hints(hints);
        }
        if (reply.expecting() == Expectation.PHONE) {
            gather.finishOnKey("#").timeout(10);
        } else {
            gather.numDigits(1);
        }
        // With no answer Twilio skips the action and runs the next verb: come back as a silent turn.
        Redirect silence = new Redirect.Builder(action).method(HttpMethod.POST).build();
        return new VoiceResponse.Builder().gather(gather.build()).redirect(silence).build().toXml();
    }

    /**
     * The question again, under the same turn: nothing of the answer Bella could not handle in time is kept. What the
     * question was only the Call knows, so the gather listens for any answer: words, or keys ended by # or a pause.
     */
    String askAgain(int turn) {
        String action = GATHER_PATH + "?turn=" + turn;
        Say say = new Say.Builder("I'm sorry, I didn't manage to take that down. Could you say it once more?")
                .voice(voice.voice()).build();
        Gather gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
                .action(action)
                .method(HttpMethod.POST)
                .language(voice.language())
                .speechTimeout("auto")
                .finishOnKey("#")
                .say(say)
                .build();
        Redirect silence = new Redirect.Builder(action).method(HttpMethod.POST).build();
        return new VoiceResponse.Builder().gather(gather).redirect(silence).build().toXml();
    }

    /** The greeting could not be made in time: a word to the caller, then the call webhook again. */
    String holdOn() {
        Say say = new Say.Builder("Thank you for calling. One moment, please.").voice(voice.voice()).build();
        Redirect again = new Redirect.Builder(VOICE_PATH).method(HttpMethod.POST).build();
        return new VoiceResponse.Builder().say(say).redirect(again).build().toXml();
    }

    String apology() {
        return render(new Reply("I'm sorry, something went wrong on our side. Please call us back in a few "
                + "minutes. Goodbye.", Expectation.NOTHING, 0));
    }

    /** A caller past the webhook limits: told so kindly, and the call ends. */
    String tooManyCalls() {
        return render(new Reply("I'm sorry, we can't take this call just now. Please call us back in a few minutes. "
                + "Goodbye.", Expectation.NOTHING, 0));
    }

    /** The TwiML builder rejects control characters, so a garbled name never turns into an error. */
    static String speakable(String words) {
        return words.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", " ");
    }
}
