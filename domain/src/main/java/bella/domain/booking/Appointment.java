package bella.domain.booking;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An appointment a caller booked: its time, the caller, and (later) its changes and cancellation. */
public class Appointment {

    @AggregateIdentifier
    private String appointmentId;

    protected Appointment() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Appointment(BookAppointment command) {
        apply(new AppointmentBooked(command.appointmentId(), command.slot().start(), command.slot().end(),
                command.name(), command.phone(), command.callId(), command.at()));
    }

    /** The appointment a call books: derived from the call, so a retried booking can never become a second one. */
    public static String idForCall(String callId) {
        return "appointment-" + UUID.nameUUIDFromBytes(callId.getBytes(StandardCharsets.UTF_8));
    }

    @EventSourcingHandler
    void on(AppointmentBooked event) {
        appointmentId = event.appointmentId();
    }
}
