package bella.application.texts;

import bella.domain.booking.AppointmentBooked;
import bella.domain.booking.AppointmentCancelled;
import bella.domain.booking.AppointmentRescheduled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MessageIdentifier;

import java.time.Clock;

/**
 * Queues a confirmation text for every booking, move and cancellation, keyed by the event's id, in the same
 * transaction that records the event as handled; {@link ConfirmationTexts} sends them, so no caller and no database
 * transaction waits on the carrier. Never replayed: a replay would text every caller again.
 */
@ProcessingGroup(WhenAppointmentChangesThenText.PROCESSING_GROUP)
@DisallowReplay
public class WhenAppointmentChangesThenText {

    public static final String PROCESSING_GROUP = "text-outbox";

    private final TextOutbox outbox;
    private final EventStore events;
    private final ConfirmationWording wording;
    private final Clock clock;

    public WhenAppointmentChangesThenText(TextOutbox outbox, EventStore events, ConfirmationWording wording,
                                          Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.wording = wording;
        this.clock = clock;
    }

    @EventHandler
    void on(AppointmentBooked event, @MessageIdentifier String eventId) {
        outbox.enqueue(eventId, event.appointmentId(), event.phone(), wording.booked(event.service(), event.start()),
                clock.instant());
    }

    @EventHandler
    void on(AppointmentRescheduled event, @MessageIdentifier String eventId) {
        AppointmentBooked booking = booking(event.appointmentId());
        outbox.enqueue(eventId, event.appointmentId(), booking.phone(),
                wording.moved(booking.service(), event.fromStart(), event.start()), clock.instant());
    }

    @EventHandler
    void on(AppointmentCancelled event, @MessageIdentifier String eventId) {
        AppointmentBooked booking = booking(event.appointmentId());
        outbox.enqueue(eventId, event.appointmentId(), booking.phone(),
                wording.cancelled(booking.service(), event.start()), clock.instant());
    }

    /**
     * Who booked and for what, from the appointment's own first event: always there, unlike a read model, which may
     * lag or be in the middle of a rebuild.
     */
    private AppointmentBooked booking(String appointmentId) {
        return events.readEvents(appointmentId).asStream().map(Message::getPayload)
                .filter(AppointmentBooked.class::isInstance).map(AppointmentBooked.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("appointment " + appointmentId + " was never booked"));
    }
}
