package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The caller's message was recorded: {@code recordingPath} is its media's path under Twilio's API, or null when its URL ({@code refusedUrl}) is not under it. */
public record RecordMessage(@TargetAggregateIdentifier String callId, String recordingSid, long durationSeconds, String recordingPath, String refusedUrl, Instant at) {
}
