package bella.domain.booking;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One business day's schedule: the consistency boundary that makes a double booking impossible. Every reservation
 * of the day goes through this one event stream, so two callers (or two Bella processes sharing a store) racing
 * for overlapping times conflict on the stream's sequence, and the loser sees the winner's reservation.
 */
public class Schedule {

    @AggregateIdentifier
    private String scheduleId;
    private final Map<String, Slot> reserved = new HashMap<>();

    /** A day with nothing reserved yet; also how Axon rebuilds a day from its events. */
    public Schedule() {
    }

    /** The identifier of the schedule that holds a business day. */
    public static String idFor(LocalDate day) {
        return "schedule-" + day;
    }

    /**
     * Reserves the slot; false when it or its buffer overlaps another appointment's. Reserving the slot an
     * appointment already holds changes nothing; reserving another moves the appointment there.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(ReserveSlot command) {
        Slot wanted = command.slot();
        Slot held = reserved.get(command.appointmentId());
        if (wanted.equals(held)) {
            return true;
        }
        Slot footprint = new Slot(wanted.start().minus(command.buffer()), wanted.end().plus(command.buffer()));
        boolean overlaps = reserved.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(command.appointmentId())
                        && other.getValue().overlaps(footprint));
        if (overlaps) {
            return false;
        }
        if (held != null) {
            apply(new SlotReleased(command.scheduleId(), command.appointmentId(), held.start(), held.end(),
                    command.at()));
        }
        apply(new SlotReserved(command.scheduleId(), command.appointmentId(), wanted.start(), wanted.end(),
                command.at()));
        return true;
    }

    /**
     * Whether another appointment's reservation overlaps the slot itself; when a reservation was refused and this is
     * false, only the buffer around the slot stood in the way.
     */
    public boolean heldByAnother(String appointmentId, Slot slot) {
        return reserved.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(appointmentId) && other.getValue().overlaps(slot));
    }

    /** The slots the day holds, in no particular order: what availability must leave out. */
    public Collection<Slot> reserved() {
        return List.copyOf(reserved.values());
    }

    /** Frees the appointment's slot; releasing one the day does not hold changes nothing. */
    @CommandHandler
    public void handle(ReleaseSlot command) {
        Slot held = reserved.get(command.appointmentId());
        if (held != null) {
            apply(new SlotReleased(command.scheduleId(), command.appointmentId(), held.start(), held.end(),
                    command.at()));
        }
    }

    @EventSourcingHandler
    void on(SlotReserved event) {
        scheduleId = event.scheduleId();
        reserved.put(event.appointmentId(), new Slot(event.start(), event.end()));
    }

    @EventSourcingHandler
    void on(SlotReleased event) {
        reserved.remove(event.appointmentId());
    }
}
