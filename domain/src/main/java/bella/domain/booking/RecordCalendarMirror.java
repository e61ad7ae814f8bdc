package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Note what became of mirroring the appointment's latest change into the owner's calendar.
 *
 * @param failure why the calendar refused the change for good, or null when it took it
 */
public record RecordCalendarMirror(@TargetAggregateIdentifier String appointmentId, String failure, Instant at) {
}
