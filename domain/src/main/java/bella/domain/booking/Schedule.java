package bella.domain.booking;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.HashMap;
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

    /** Reserves the slot; false when it overlaps another appointment's. Reserving the same appointment again is a no-op. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(ReserveSlot command) {
        Slot held = reserved.get(command.appointmentId());
        if (held != null) {
            return held.equals(command.slot());
        }
        boolean overlaps = reserved.values().stream().anyMatch(slot -> slot.overlaps(command.slot()));
        if (overlaps) {
            return false;
        }
        Slot slot = command.slot();
        apply(new SlotReserved(command.scheduleId(), command.appointmentId(), slot.start(), slot.end(), command.at()));
        return true;
    }

    @EventSourcingHandler
    void on(SlotReserved event) {
        scheduleId = event.scheduleId();
        reserved.put(event.appointmentId(), new Slot(event.start(), event.end()));
    }
}
