package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * What came of deleting one of the call's recordings at Twilio: deleted (or already gone) when {@code reason} is
 * null, else still failing after {@code attempts} tries, and why.
 */
public record RecordRecordingDeletion(@TargetAggregateIdentifier String callId, String recordingSid, int attempts,
                                      String reason, Instant at) {
}
