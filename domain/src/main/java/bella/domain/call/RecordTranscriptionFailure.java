package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A message's recording that will not be transcribed, and why. */
public record RecordTranscriptionFailure(@TargetAggregateIdentifier String callId, String recordingSid, TranscriptionFailed.Reason reason, String detail, Instant at) {
}
