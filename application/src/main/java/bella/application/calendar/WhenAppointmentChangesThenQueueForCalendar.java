package bella.application.calendar;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import bella.domain.booking.AppointmentBooked;
import bella.domain.booking.AppointmentCancelled;
import bella.domain.booking.AppointmentRescheduled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues every booking, move and cancellation for the owner's calendar, in the same transaction that records the
 * event as handled; {@link CalendarMirror} writes them out, so no caller and no database transaction waits on the
 * calendar.
 */
@ProcessingGroup("calendar-outbox")
@DisallowReplay
public class WhenAppointmentChangesThenQueueForCalendar {

    private final CalendarOutbox outbox;
    private final Appointments appointments;
    private final String business;
    private final Clock clock;

    public WhenAppointmentChangesThenQueueForCalendar(CalendarOutbox outbox, Appointments appointments,
                                                      String business, Clock clock) {
        this.outbox = outbox;
        this.appointments = appointments;
        this.business = business;
        this.clock = clock;
    }

    @EventHandler
    void on(AppointmentBooked event) {
        outbox.enqueue(event.appointmentId(), entry(event.appointmentId(), event.start(), event.end(), event.name(),
                event.phone(), event.service()), clock.instant());
    }

    @EventHandler
    void on(AppointmentRescheduled event) {
        AppointmentView known = appointments.find(event.appointmentId()).orElse(null);
        outbox.enqueue(event.appointmentId(), entry(event.appointmentId(), event.start(), event.end(),
                known == null ? null : known.name(), known == null ? null : known.phone(),
                known == null ? null : known.service()), clock.instant());
    }

    @EventHandler
    void on(AppointmentCancelled event) {
        outbox.enqueue(event.appointmentId(), null, clock.instant());
    }

    private CalendarEntry entry(String appointmentId, Instant start, Instant end, String name, String phone,
                                String service) {
        String who = name == null || name.isBlank() ? "a caller" : name;
        String description = "Booked by phone with " + business + "'s receptionist."
                + (phone == null ? "" : " Caller's number: " + phone + ".");
        return new CalendarEntry(appointmentId, start, end, (service == null ? "Appointment" : service) + ": " + who,
                description);
    }
}
