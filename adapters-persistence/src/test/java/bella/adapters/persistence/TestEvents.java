package bella.adapters.persistence;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.DomainEventMessage;

/** Payloads and messages for the store tests. */
final class TestEvents {

    record SlotBooked(String slotId, String caller) {
    }

    record NoteAdded(String slotId, String note) {
    }

    private TestEvents() {
    }

    static DomainEventMessage<?> event(String aggregateId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Slot", aggregateId, sequence, payload);
    }
}
