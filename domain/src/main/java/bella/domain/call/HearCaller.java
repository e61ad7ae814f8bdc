package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Take the caller's answer to Bella's last question, which the Call knows from its own events; nothing a request
 * claims about that question is taken.
 *
 * @param turn         which answer of the call this is, counted from 1; a turn already heard is a redelivery
 * @param understood   what the words mean, read as a reply to the Call's last question
 * @param availability the diary's answer to the time understood (or the soonest free slots when none was said)
 * @param personAvailable whether a person could be rung now, should the caller ask for one: the owner's phone is
 *                        set and the business is open
 */
public record HearCaller(@TargetAggregateIdentifier String callId, int turn, Heard heard, Understood understood,
                         Availability availability, Instant at, boolean personAvailable) {

    public HearCaller {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(heard, "heard");
        Objects.requireNonNull(understood, "understood");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(at, "at");
        if (turn < 1) {
            throw new IllegalArgumentException("turns count from 1");
        }
    }
}
