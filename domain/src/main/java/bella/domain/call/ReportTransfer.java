package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** How the call Bella put through to the owner ended, as Twilio's dial status. */
public record ReportTransfer(@TargetAggregateIdentifier String callId, String dialStatus, Instant at) {
}
