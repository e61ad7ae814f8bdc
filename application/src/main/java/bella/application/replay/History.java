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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bookings of the real event store as they stood at each moment of a recorded call: the reservations, releases,
 * bookings, moves and cancellations of other calls, grouped by the point of the call they came before. The store's
 * own order is the order in which things happened, whatever any clock said, so a booking another caller made while
 * this call went on counts from the turn after it. Left out, as nothing the call could see: calendar mirroring,
 * reservations of times already over when the call began, and appointments that were all over by then unless the
 * caller made them (they are how Bella knew the caller's name).
 */
final class History {

    private History() {
    }

    /**
     * Element 0 holds what came before the call began, element {@code i} what came between it (or its previous
     * answer) and its {@code i}-th answer. The store is read in order up to the call's last answer, no further.
     */
    static List<List<DomainEventMessage<?>>> before(EventStorageEngine store, RecordedCall call) {
        int points = call.answers().size() + 1;
        List<List<Fact>> found = new ArrayList<>();
        found.add(new ArrayList<>());
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> all = events.iterator();
            while (all.hasNext()) {
                if (!(all.next() instanceof DomainEventMessage<?> event)) {
                    continue;
                }
                Class<?> type = event.getPayloadType();
                if (call.callSid().equals(event.getAggregateIdentifier())
                        && (type == CallStarted.class || type == UtteranceHeard.class)) {
                    if (found.size() == points) {
                        break; // the call's last answer: what follows never reached it
                    }
                    found.add(new ArrayList<>());
                } else if (Fact.ABOUT.contains(type)) {
                    Fact fact = Fact.of(call, event);
                    if (!call.madeByThisCall(fact.appointmentId(), fact.callId(), fact.at())) {
                        found.get(found.size() - 1).add(fact);
                    }
                }
            }
        }
        return seen(found, call);
    }

    private static List<List<DomainEventMessage<?>>> seen(List<List<Fact>> found, RecordedCall call) {
        Instant began = call.started().at();
        Set<String> appointments = new HashSet<>();
        found.forEach(facts -> facts.stream()
                .filter(fact -> !fact.reservation() && (fact.end().isAfter(began)
                        || fact.phone() != null && fact.phone().equals(call.started().from())))
                .forEach(fact -> appointments.add(fact.appointmentId())));
        return found.stream()
                .map(facts -> facts.stream()
                        .filter(fact -> fact.reservation() ? fact.end().isAfter(began)
                                : appointments.contains(fact.appointmentId()))
                        .<DomainEventMessage<?>>map(Fact::event)
                        .toList())
                .toList();
    }

    /**
     * What a re-run needs to know of one booking event.
     *
     * @param end   the latest end of a slot it names
     * @param phone the number that booked, on a booking
     */
    private record Fact(DomainEventMessage<?> event, String appointmentId, String callId, Instant at, Instant end,
                        String phone, boolean reservation) {

        static final Set<Class<?>> ABOUT = Set.of(SlotReserved.class, SlotReleased.class, AppointmentBooked.class,
                AppointmentRescheduled.class, AppointmentCancelled.class);

        static Fact of(RecordedCall call, DomainEventMessage<?> event) {
            Object payload;
            try {
                payload = event.getPayload();
            } catch (RuntimeException unreadable) {
                throw new UnreadableCall("the bookings before call " + call.callSid() + " no longer read: event "
                        + event.getSequenceNumber() + " of " + event.getAggregateIdentifier() + ": "
                        + RecordedCall.cause(unreadable));
            }
            if (payload instanceof SlotReserved reserved) {
                return new Fact(event, reserved.appointmentId(), null, reserved.at(), reserved.end(), null, true);
            }
            if (payload instanceof SlotReleased released) {
                return new Fact(event, released.appointmentId(), null, released.at(), released.end(), null, true);
            }
            if (payload instanceof AppointmentBooked booked) {
                return new Fact(event, booked.appointmentId(), booked.callId(), booked.at(), booked.end(),
                        booked.phone(), false);
            }
            if (payload instanceof AppointmentRescheduled moved) {
                Instant end = moved.end().isAfter(moved.fromEnd()) ? moved.end() : moved.fromEnd();
                return new Fact(event, moved.appointmentId(), moved.callId(), moved.at(), end, null, false);
            }
            AppointmentCancelled cancelled = (AppointmentCancelled) payload;
            return new Fact(event, cancelled.appointmentId(), cancelled.callId(), cancelled.at(), cancelled.end(),
                    null, false);
        }
    }
}
