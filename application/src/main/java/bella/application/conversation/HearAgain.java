package bella.application.conversation;

import bella.application.answers.Transcription;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Go on with an answer Bella asked to hear again after the tone: with its transcription when that answers the
 * question, else with what the recogniser heard first.
 *
 * @param recordingSid Twilio's SID of the recording, or null when nothing was recorded
 */
public record HearAgain(@TargetAggregateIdentifier String callId, int turn, String recordingSid,
                        long durationSeconds, Transcription transcription, Instant at) {
}
