package bella.application.appointments;

import bella.domain.booking.AppointmentBooked;
import bella.domain.booking.AppointmentCancelled;
import bella.domain.booking.AppointmentRescheduled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Keeps the appointments read model in step with booking events. */
@ProcessingGroup("appointments")
public class AppointmentsProjection {

    private final Appointments appointments;

    public AppointmentsProjection(Appointments appointments) {
        this.appointments = appointments;
    }

    @EventHandler
    void on(AppointmentBooked event) {
        appointments.add(new AppointmentView(event.appointmentId(), event.start(), event.end(), event.name(),
                event.phone(), Appointments.BOOKED, event.callId(), event.service()));
    }

    @EventHandler
    void on(AppointmentRescheduled event) {
        appointments.move(event.appointmentId(), event.start(), event.end());
    }

    @EventHandler
    void on(AppointmentCancelled event) {
        appointments.cancel(event.appointmentId());
    }

    @ResetHandler
    void reset() {
        appointments.clear();
    }
}
