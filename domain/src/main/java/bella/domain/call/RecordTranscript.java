package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A message's recording, transcribed. */
public record RecordTranscript(@TargetAggregateIdentifier String callId, String recordingSid, String transcript, Instant at) {
}
