package bella.bootstrap;

import bella.domain.call.Call;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/** A call as the exact sequence of its events, read from the event store rather than from a projection. */
@Component
class CallHistory {

    private final EventStore events;

    CallHistory(EventStore events) {
        this.events = events;
    }

    /** Every event of the call, in the order it happened; empty when no call has this sid. */
    List<? extends DomainEventMessage<?>> of(String callSid) {
        return events.readEvents(callSid, 0).asStream()
                // the store also holds appointments and schedules: a sid names a call's events only
                .filter(event -> Call.class.getSimpleName().equals(event.getType()))
                .toList();
    }
}
