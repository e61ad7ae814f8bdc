package bella.application.texts;

import bella.domain.PersonalData;
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
import java.time.Duration;
import java.time.Instant;

/**
 * Queues a confirmation text for every booking, move and cancellation, and a reminder {@code reminderBefore} each
 * booked or moved time, keyed by the event's id, in the same transaction that records the event as handled;
 * {@link TextSender} sends them, so no caller and no database transaction waits on the carrier. A move or a
 * cancellation withdraws the reminder of the time it replaces. Never replayed: a replay would text every caller
 * again.
 */
@ProcessingGroup(WhenAppointmentChangesThenText.PROCESSING_GROUP)
@DisallowReplay
public class WhenAppointmentChangesThenText {

    public static final String PROCESSING_GROUP = "text-outbox";

    private final TextOutbox outbox;
    private final EventStore events;
    private final TextWording wording;
    private final Duration reminderBefore;
    private final Clock clock;

    public WhenAppointmentChangesThenText(TextOutbox outbox, EventStore events, TextWording wording,
                                          Duration reminderBefore, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.wording = wording;
        this.reminderBefore = reminderBefore;
        this.clock = clock;
    }

    @EventHandler
    void on(AppointmentBooked event, @MessageIdentifier String eventId) {
        confirm(eventId, event.appointmentId(), event.phone(), wording.booked(event.service(), event.start()));
        remind(eventId, event.appointmentId(), event.phone(), event.service(), event.start());
    }

    @EventHandler
    void on(AppointmentRescheduled event, @MessageIdentifier String eventId) {
        AppointmentBooked booking = booking(event.appointmentId());
        outbox.withdrawReminders(event.appointmentId());
        confirm(eventId, event.appointmentId(), booking.phone(),
                wording.moved(booking.service(), event.fromStart(), event.start()));
        remind(eventId, event.appointmentId(), booking.phone(), booking.service(), event.start());
    }

    @EventHandler
    void on(AppointmentCancelled event, @MessageIdentifier String eventId) {
        AppointmentBooked booking = booking(event.appointmentId());
        outbox.withdrawReminders(event.appointmentId());
        confirm(eventId, event.appointmentId(), booking.phone(), wording.cancelled(booking.service(), event.start()));
    }

    private void confirm(String eventId, String appointmentId, String to, String body) {
        if (PersonalData.FORGOTTEN.equals(to)) {
            return;
        }
        Instant now = clock.instant();
        outbox.enqueue(TextTask.Purpose.CONFIRMATION, eventId, appointmentId, to, body, now, null, now);
    }

    /**
     * A forgotten person is never texted. A reminder that would be due already is not queued: the confirmation the caller gets now names the same
     * time. One not sent by the time the appointment begins is withdrawn.
     */
    private void remind(String eventId, String appointmentId, String to, String service, Instant start) {
        if (PersonalData.FORGOTTEN.equals(to)) {
            return;
        }
        Instant now = clock.instant();
        Instant due = start.minus(reminderBefore);
        if (due.isAfter(now)) {
            outbox.enqueue(TextTask.Purpose.REMINDER, eventId, appointmentId, to, wording.reminder(service, start),
                    due, start, now);
        }
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
