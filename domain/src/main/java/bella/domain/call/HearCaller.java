package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Take the caller's answer to Bella's last question.
 *
 * @param turn         which answer of the call this is, counted from 1; a repeated turn is a duplicate delivery
 * @param understood   what the words mean, read without knowing the call's state beyond {@code expecting}
 * @param availability the diary's answer to the time understood (or the soonest free slots when none was said)
 */
public record HearCaller(@TargetAggregateIdentifier String callId, int turn, Heard heard, Expectation expecting,
                         Understood understood, Availability availability, Instant at) {

    public HearCaller {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(heard, "heard");
        Objects.requireNonNull(expecting, "expecting");
        Objects.requireNonNull(understood, "understood");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(at, "at");
        if (turn < 1) {
            throw new IllegalArgumentException("turns count from 1");
        }
    }
}
