package bella.application.replay;

import bella.application.answers.Transcription;
import bella.application.appointments.AppointmentsProjection;
import bella.application.appointments.CustomersProjection;
import bella.application.availability.BusinessRules;
import bella.application.availability.Calendar;
import bella.application.availability.Diary;
import bella.application.conversation.BoundedWork;
import bella.application.conversation.Phrasing;
import bella.application.conversation.PromptVariants;
import bella.application.conversation.Receptionist;
import bella.application.conversation.Reply;
import bella.application.conversation.ScheduleReservations;
import bella.application.conversation.TurnHandler;
import bella.application.understanding.PhoneNumbers;
import bella.application.understanding.Understanding;
import bella.domain.booking.Appointment;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import bella.domain.call.AnswerNotTranscribed;
import bella.domain.call.Call;
import bella.domain.call.Channel;
import bella.domain.call.PromptVariant;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.util.List;

/**
 * Today's dialogue on an Axon configuration of its own: an in-memory event store, the Call, Schedule and Appointment
 * aggregates, the turn handler, and the appointments and customers read models kept in memory by subscribing
 * processors, so the diary (through the sandbox's Schedules) and the greeting read the sandbox's state, never the
 * real store or tables. The owner's external calendar is not consulted: what it held then is not recorded. Its clock
 * is the recorded call's, and the call hears the wording it was given then, whatever variants the owner tries today.
 */
final class Sandbox implements AutoCloseable {

    private final Configuration axon;
    private final EventStore store;
    private final ReplayClock clock;
    private final Receptionist receptionist;

    /**
     * @param variant   the wording the recorded call was given, which its re-run is given too; null for Bella's own
     * @param recording whether the recorded call was told it may be recorded, as its re-run is
     */
    Sandbox(Today today, Instant start, PromptVariant variant, boolean recording) {
        var appointments = new SandboxAppointments();
        var customers = new SandboxCustomers();
        this.clock = new ReplayClock(start);
        var diary = new Diary(today.rules(), new ScheduleReservations(this::schedules), new NoCalendar());
        // no modules from the class path: Axon's update checker and console stay out of a re-run
        this.axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Call.class)
                .configureAggregate(Schedule.class)
                .configureAggregate(Appointment.class)
                // a re-run rings no one: the owner's phone counts as not set
                .registerCommandHandler(c -> new TurnHandler(() -> c.repository(Call.class),
                        () -> c.repository(Schedule.class), () -> c.repository(Appointment.class),
                        today.understanding(), diary, false))
                .eventProcessing(processing -> processing.usingSubscribingEventProcessors()
                        .registerEventHandler(c -> new AppointmentsProjection(appointments))
                        .registerEventHandler(c -> new CustomersProjection(customers)))
                .buildConfiguration();
        axon.start();
        this.store = axon.eventStore();
        this.receptionist = new Receptionist(axon.commandGateway(), customers, appointments, diary, today.numbers(),
                today.phrasing(), today.rules().zone(), today.services(), variant == null ? PromptVariants.NONE
                : new PromptVariants(List.of(new PromptVariants.Weighted(variant, 1))), BoundedWork.INLINE, clock,
                recording);
    }

    /**
     * Appends events of the real store to the sandbox's, numbered after what the sandbox's aggregates already hold:
     * the call's own bookings are left out of the history, so the real numbering has gaps here.
     */
    void seed(List<DomainEventMessage<?>> history) {
        for (DomainEventMessage<?> event : history) {
            long next = store.lastSequenceNumberFor(event.getAggregateIdentifier()).map(last -> last + 1).orElse(0L);
            store.publish(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(), next,
                    event.getPayload()));
        }
    }

    /** Answers the call at the instant the sandbox's clock started at, the recorded call's start. */
    Reply answer(String callSid, String from, String to) {
        return receptionist.answer(callSid, from, to);
    }

    Reply hear(String callSid, RecordedCall.Answer answer) {
        clock.set(answer.at());
        boolean keys = answer.channel() == Channel.KEYPAD;
        boolean speech = answer.channel() == Channel.SPEECH || answer.channel() == Channel.RECORDING;
        Reply reply = receptionist.hear(callSid, answer.turn(), speech ? answer.text() : null,
                speech ? answer.confidence() : null, keys ? answer.text() : null);
        if (reply.then() != Reply.Then.RECORD_ANSWER) {
            return reply;
        }
        // An answer the call heard faintly, and went on with as heard: a re-run has no recording to transcribe, so
        // it goes on with the same words. (One transcribed in time was recorded as heard from the recording.)
        return receptionist.heardAgain(callSid, answer.turn(), null, 0,
                Transcription.failed(AnswerNotTranscribed.Reason.NOT_RECORDED, "a re-run records nothing"));
    }

    /** The sandbox's own Schedules, for its diary once its configuration exists. */
    private Repository<Schedule> schedules() {
        return axon.repository(Schedule.class);
    }

    @Override
    public void close() {
        axon.shutdown();
    }

    /** The pieces of today's Bella a re-run uses: its rules, understanding, words and services. */
    record Today(BusinessRules rules, Understanding understanding, Phrasing phrasing, PhoneNumbers numbers,
                 List<String> services) {
    }

    /** A re-run does not ask the owner's calendar: today's busy times would not be the call's. */
    private static final class NoCalendar implements Calendar {

        @Override
        public List<Slot> busy(Slot window) {
            return List.of();
        }

        @Override
        public void forget() {
            // nothing is remembered
        }
    }
}
