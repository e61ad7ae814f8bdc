package bella.application.conversation;

import bella.domain.call.Heard;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Work out what one answer of the caller means and take the call a step further, booking when they confirm. What
 * the answer replies to is the question the Call has asked, which only the Call knows.
 */
public record HandleTurn(@TargetAggregateIdentifier String callId, int turn, Heard heard, Instant at) {
}
