package bella.application.replay;

import bella.domain.booking.AppointmentBooked;
import bella.domain.booking.AppointmentCancelled;
import bella.domain.booking.AppointmentRescheduled;
import bella.domain.booking.SlotReleased;
import bella.domain.booking.SlotReserved;
import bella.domain.call.CallStarted;
import bella.domain.call.UtteranceHeard;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bookings of the real event store as they stood at each moment of a recorded call: every reservation, release,
 * booking, move and cancellation of other calls, grouped by the point of the call they came before. The store's own
 * order is the order in which things happened, whatever any clock said, so a booking another caller made while this
 * call went on counts from the turn after it. Calendar mirroring is left out: it changes no availability.
 */
final class History {

    private static final Set<Class<?>> SHAPING_AVAILABILITY = Set.of(SlotReserved.class, SlotReleased.class,
            AppointmentBooked.class, AppointmentRescheduled.class, AppointmentCancelled.class);

    private History() {
    }

    /**
     * Element 0 holds what came before the call began, element {@code i} what came between it (or its previous
     * answer) and its {@code i}-th answer. The store is read in order up to the call's last answer, no further.
     */
    static List<List<DomainEventMessage<?>>> before(EventStorageEngine store, RecordedCall call) {
        int points = call.answers().size() + 1;
        List<List<DomainEventMessage<?>>> history = new ArrayList<>();
        history.add(new ArrayList<>());
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> all = events.iterator();
            while (all.hasNext()) {
                if (!(all.next() instanceof DomainEventMessage<?> event)) {
                    continue;
                }
                Class<?> type = event.getPayloadType();
                if (call.callSid().equals(event.getAggregateIdentifier())
                        && (type == CallStarted.class || type == UtteranceHeard.class)) {
                    if (history.size() == points) {
                        break; // the call's last answer: what follows never reached it
                    }
                    history.add(new ArrayList<>());
                } else if (SHAPING_AVAILABILITY.contains(type) && !madeByTheCall(call, event)) {
                    history.get(history.size() - 1).add(event);
                }
            }
        }
        return history;
    }

    private static boolean madeByTheCall(RecordedCall call, DomainEventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (RuntimeException unreadable) {
            throw new UnreadableCall("the booking history before call " + call.callSid() + " no longer reads: event "
                    + event.getSequenceNumber() + " of " + event.getAggregateIdentifier() + ": "
                    + RecordedCall.cause(unreadable));
        }
        if (payload instanceof SlotReserved reserved) {
            return call.madeByThisCall(reserved.appointmentId(), null, reserved.at());
        }
        if (payload instanceof SlotReleased released) {
            return call.madeByThisCall(released.appointmentId(), null, released.at());
        }
        if (payload instanceof AppointmentBooked booked) {
            return call.madeByThisCall(booked.appointmentId(), booked.callId(), booked.at());
        }
        if (payload instanceof AppointmentRescheduled moved) {
            return call.madeByThisCall(moved.appointmentId(), moved.callId(), moved.at());
        }
        AppointmentCancelled cancelled = (AppointmentCancelled) payload;
        return call.madeByThisCall(cancelled.appointmentId(), cancelled.callId(), cancelled.at());
    }
}
