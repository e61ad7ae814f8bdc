package bella.application.appointments;

import bella.domain.PersonalData;
import bella.domain.booking.AppointmentBooked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Learns callers' names from the bookings they make, so the next call can greet them by name. */
@ProcessingGroup("customers")
public class CustomersProjection {

    private final Customers customers;

    public CustomersProjection(Customers customers) {
        this.customers = customers;
    }

    @EventHandler
    void on(AppointmentBooked event) {
        // a forgotten caller is known to no one, whatever their booking still says
        if (event.phone() != null && event.name() != null && !event.phone().equals(PersonalData.FORGOTTEN)
                && !event.name().equals(PersonalData.FORGOTTEN)) {
            customers.remember(event.phone(), event.name());
        }
    }

    @ResetHandler
    void reset() {
        customers.clear();
    }
}
