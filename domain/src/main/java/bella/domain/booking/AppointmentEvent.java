package bella.domain.booking;

import java.time.Instant;

/** A fact about one appointment. */
public sealed interface AppointmentEvent permits AppointmentBooked, AppointmentCancelled, AppointmentRescheduled {

    String appointmentId();

    Instant at();
}
