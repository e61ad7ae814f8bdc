package bella.application.appointments;

import bella.domain.booking.AppointmentBooked;
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
                event.phone(), "booked", event.callId()));
    }

    @ResetHandler
    void reset() {
        appointments.clear();
    }
}
