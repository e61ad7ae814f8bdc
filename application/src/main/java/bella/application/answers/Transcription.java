package bella.application.answers;

import bella.domain.call.AnswerNotTranscribed.Reason;

import java.util.Objects;

/**
 * What came of an answer said again after the tone: its words, or why there are none.
 *
 * @param words  the words transcribed, or null
 * @param reason why there are none, or null when there are
 * @param detail what Twilio or the service said of a failure, or null
 */
public record Transcription(String words, Reason reason, String detail) {

    public Transcription {
        if ((words == null) == (reason == null)) {
            throw new IllegalArgumentException("a transcription has words or a reason for having none");
        }
    }

    public static Transcription of(String words) {
        return new Transcription(Objects.requireNonNull(words, "words"), null, null);
    }

    public static Transcription failed(Reason reason, String detail) {
        return new Transcription(null, Objects.requireNonNull(reason, "reason"), detail);
    }
}
