package bella.domain.booking;

import java.time.Instant;

/** A fact about one appointment. */
public sealed interface AppointmentEvent permits AppointmentBooked, AppointmentCancelled, AppointmentRescheduled,
        CalendarEventMirrored, CalendarMirrorFailed, ConfirmationSent, ConfirmationFailed, ReminderSent,
        ReminderFailed {

    String appointmentId();

    Instant at();
}
