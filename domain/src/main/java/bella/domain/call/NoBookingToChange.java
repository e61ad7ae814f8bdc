package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The caller asked to cancel or move a booking, but none is held under their number; Bella says so and asks what
 * else she can do. Before this event existed, such a call recorded only {@link IntentDetected}.
 *
 * @param wanted {@link Purpose#CANCEL} or {@link Purpose#RESCHEDULE}: what the caller asked to do
 */
@Revision("1")
public record NoBookingToChange(String callId, Purpose wanted, Instant at) implements CallEvent {
}
