package bella.adapters.persistence;

import bella.adapters.persistence.TestEvents.SlotBooked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A bookable time slot: its id is the time, so booking it creates its stream, and a stream exists only once. */
class Slot {

    record BookSlot(@TargetAggregateIdentifier String slotId, String caller) {
    }

    @AggregateIdentifier
    private String slotId;

    Slot() {
    }

    @CommandHandler
    Slot(BookSlot command) {
        apply(new SlotBooked(command.slotId(), command.caller()));
    }

    @EventSourcingHandler
    void on(SlotBooked event) {
        slotId = event.slotId();
    }
}
