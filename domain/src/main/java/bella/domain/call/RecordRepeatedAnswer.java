package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of the doubted answer said again after the tone: its words as transcribed, or why there are none.
 *
 * @param recordingSid Twilio's SID of the recording, or null when nothing was recorded
 * @param transcript   the words transcribed, or null when {@code failure} says why there are none
 * @param used         whether the transcribed words answer the question, so the call goes on with them
 * @param detail       what Twilio or the service said of a failure, or null
 */
public record RecordRepeatedAnswer(@TargetAggregateIdentifier String callId, int turn, String recordingSid,
                                   long durationSeconds, String transcript, boolean used,
                                   AnswerNotTranscribed.Reason failure, String detail, Instant at) {

    public RecordRepeatedAnswer {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(at, "at");
        if ((transcript == null) == (failure == null)) {
            throw new IllegalArgumentException("a repeated answer is either transcribed or not, with a reason");
        }
    }
}
