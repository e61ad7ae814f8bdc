package bella.domain.booking;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An appointment a caller booked: its time, the caller, and its moves and cancellation. */
public class Appointment {

    @AggregateIdentifier
    private String appointmentId;
    private Slot slot;
    private boolean cancelled;
    /** The changes whose confirmation text has an outcome recorded: each gets one, however often it is reported. */
    private final Set<String> confirmed = new HashSet<>();
    /** The bookings and moves whose reminder has an outcome recorded, likewise once each. */
    private final Set<String> reminded = new HashSet<>();

    protected Appointment() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Appointment(BookAppointment command) {
        apply(new AppointmentBooked(command.appointmentId(), command.slot().start(), command.slot().end(),
                command.name(), command.phone(), command.callId(), command.service(), command.at()));
    }

    /** The appointment a call books: derived from the call, so a retried booking can never become a second one. */
    public static String idForCall(String callId) {
        return "appointment-" + UUID.nameUUIDFromBytes(callId.getBytes(StandardCharsets.UTF_8));
    }

    /** The slot it holds, or null once cancelled. */
    public Slot slot() {
        return cancelled ? null : slot;
    }

    /** Cancelling twice changes nothing. */
    @CommandHandler
    public void handle(CancelAppointment command) {
        if (!cancelled) {
            apply(new AppointmentCancelled(appointmentId, slot.start(), slot.end(), command.callId(), command.at()));
        }
    }

    /** Moving a cancelled appointment is refused: the caller must book anew. */
    @CommandHandler
    public boolean handle(RescheduleAppointment command) {
        if (cancelled) {
            return false;
        }
        if (!command.slot().equals(slot)) {
            apply(new AppointmentRescheduled(appointmentId, slot.start(), slot.end(), command.slot().start(),
                    command.slot().end(), command.callId(), command.at()));
        }
        return true;
    }

    @CommandHandler
    public void handle(RecordCalendarMirror command) {
        if (command.failure() == null) {
            apply(new CalendarEventMirrored(appointmentId, command.at()));
        } else {
            apply(new CalendarMirrorFailed(appointmentId, command.failure(), command.at()));
        }
    }

    /** A text's outcome reported again (a worker that stopped before it noted the first report) changes nothing. */
    @CommandHandler
    public void handle(RecordConfirmation command) {
        if (confirmed.contains(command.eventId())) {
            return;
        }
        if (command.messageSid() != null) {
            apply(new ConfirmationSent(appointmentId, command.eventId(), command.messageSid(), command.at()));
        } else {
            apply(new ConfirmationFailed(appointmentId, command.eventId(), command.errorCode(), command.reason(),
                    command.at()));
        }
    }

    /** Like a confirmation's outcome, a reminder's is recorded once, however often it is reported. */
    @CommandHandler
    public void handle(RecordReminder command) {
        if (reminded.contains(command.eventId())) {
            return;
        }
        if (command.messageSid() != null) {
            apply(new ReminderSent(appointmentId, command.eventId(), command.messageSid(), command.at()));
        } else {
            apply(new ReminderFailed(appointmentId, command.eventId(), command.errorCode(), command.reason(),
                    command.at()));
        }
    }

    @EventSourcingHandler
    void on(AppointmentBooked event) {
        appointmentId = event.appointmentId();
        slot = new Slot(event.start(), event.end());
    }

    @EventSourcingHandler
    void on(AppointmentRescheduled event) {
        slot = new Slot(event.start(), event.end());
    }

    @EventSourcingHandler
    void on(AppointmentCancelled event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(ConfirmationSent event) {
        confirmed.add(event.eventId());
    }

    @EventSourcingHandler
    void on(ConfirmationFailed event) {
        confirmed.add(event.eventId());
    }

    @EventSourcingHandler
    void on(ReminderSent event) {
        reminded.add(event.eventId());
    }

    @EventSourcingHandler
    void on(ReminderFailed event) {
        reminded.add(event.eventId());
    }
}
