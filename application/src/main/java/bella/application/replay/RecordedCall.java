package bella.application.replay;

import bella.application.conversation.Phrasing;
import bella.application.conversation.UnknownCall;
import bella.domain.booking.Appointment;
import bella.domain.call.BookingChanged;
import bella.domain.call.Call;
import bella.domain.call.CallEnded;
import bella.domain.call.CallFailed;
import bella.domain.call.CallStarted;
import bella.domain.call.Channel;
import bella.domain.call.Prompt;
import bella.domain.call.PromptVariant;
import bella.domain.call.PromptVariantAssigned;
import bella.domain.call.RecordingDisclosed;
import bella.domain.call.UtteranceHeard;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.UnknownSerializedType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call as the event store holds it: how it began, each answer the caller gave, and what Bella asked after the
 * greeting and after each answer, found by sourcing today's {@link Call} from the recorded events up to that point.
 */
final class RecordedCall {

    private static final AggregateModel<Call> CALL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Call.class);

    private final String callSid;
    private final CallStarted started;
    /** The wording the call was given, or null when it heard Bella's own. */
    private final PromptVariant variant;
    /** Whether the caller heard that the call may be recorded. */
    private final boolean recording;
    private final List<Answer> answers;
    /** What Bella asked after the greeting (first) and after each answer. */
    private final List<Prompt> prompts;
    /** The appointments this call booked or changed, whose events the re-run makes again. */
    private final Set<String> appointments;

    private RecordedCall(String callSid, CallStarted started, PromptVariant variant, boolean recording,
                         List<Answer> answers, List<Prompt> prompts, Set<String> appointments) {
        this.callSid = callSid;
        this.started = started;
        this.variant = variant;
        this.recording = recording;
        this.answers = List.copyOf(answers);
        this.prompts = List.copyOf(prompts);
        this.appointments = Set.copyOf(appointments);
    }

    /**
     * Reads the call's events, as today's upcasters present them.
     *
     * @throws UnknownCall    when the store holds no call under the sid
     * @throws UnreadableCall when an event no longer reads or applies, or an answer cannot be fed in again
     */
    static RecordedCall read(String callSid, DomainEventStream events) {
        if (!events.hasNext() || !Call.class.getSimpleName().equals(events.peek().getType())) {
            throw new UnknownCall(callSid); // nothing, or an appointment's or a schedule's events
        }
        DomainEventMessage<?> first = events.next();
        if (!(payload(first) instanceof CallStarted started)) {
            throw new UnreadableCall("the first event of call " + callSid + " is not CallStarted but "
                    + first.getPayloadType().getSimpleName());
        }
        EventSourcedAggregate<Call> call = EventSourcedAggregate.initialize(
                new GenericAggregateFactory<>(CALL).createAggregateRoot(callSid, first), CALL, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        apply(call, first);
        List<Answer> answers = new ArrayList<>();
        List<Prompt> prompts = new ArrayList<>();
        Set<String> appointments = new HashSet<>(Set.of(Appointment.idForCall(callSid)));
        PromptVariant variant = null;
        boolean recording = false;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            Object payload = payload(event);
            if (payload instanceof UtteranceHeard || endsCall(payload)) {
                if (prompts.size() == answers.size()) {
                    prompts.add(call.invoke(Call::prompt));
                }
            }
            if (endsCall(payload)) {
                break;
            }
            apply(call, event);
            if (payload instanceof UtteranceHeard heard) {
                answers.add(Answer.of(callSid, heard));
            } else if (payload instanceof RecordingDisclosed) {
                recording = true;
            } else if (payload instanceof PromptVariantAssigned assigned) {
                variant = assigned.wording();
            } else if (payload instanceof BookingChanged changed) {
                appointments.add(changed.appointmentId());
            }
        }
        if (prompts.size() == answers.size()) {
            prompts.add(call.invoke(Call::prompt));
        }
        return new RecordedCall(callSid, started, variant, recording, answers, prompts, appointments);
    }

    /**
     * The hang-up is the phone network's, after the last turn: it changes nothing Bella said. (A call Bella gave up
     * on fails within its last turn, for another reason.)
     */
    private static boolean endsCall(Object payload) {
        return payload instanceof CallEnded
                || payload instanceof CallFailed failed && failed.reason() == CallFailed.Reason.HUNG_UP;
    }

    private static Object payload(DomainEventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (RuntimeException unreadable) {
            throw new UnreadableCall(where(event) + " no longer reads: " + cause(unreadable));
        }
        if (payload instanceof UnknownSerializedType unknown) {
            throw new UnreadableCall(where(event) + " is a " + unknown.serializedType().getName()
                    + ", a kind of event this Bella does not know");
        }
        return payload;
    }

    private static void apply(EventSourcedAggregate<Call> call, DomainEventMessage<?> event) {
        try {
            call.initializeState(DomainEventStream.of(event));
        } catch (RuntimeException refused) {
            throw new UnreadableCall(where(event) + " (" + event.getPayloadType().getSimpleName()
                    + ") no longer applies to a call: " + cause(refused));
        }
    }

    private static String where(DomainEventMessage<?> event) {
        return "event " + event.getSequenceNumber() + " of call " + event.getAggregateIdentifier();
    }

    /** The innermost reason, on one line: a serializer's message names the class and field that failed. */
    static String cause(Throwable failure) {
        Throwable inner = failure;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    String callSid() {
        return callSid;
    }

    CallStarted started() {
        return started;
    }

    Optional<PromptVariant> variant() {
        return Optional.ofNullable(variant);
    }

    /** Whether the call was recorded as calls may be: its re-run is, so it greets and offers messages alike. */
    boolean recording() {
        return recording;
    }

    List<Answer> answers() {
        return answers;
    }

    /** Whether an event of the real store was made by this call, which its re-run makes again. */
    boolean madeByThisCall(String appointmentId, String callId, Instant at) {
        if (callSid.equals(callId) || appointmentId.equals(Appointment.idForCall(callSid))) {
            return true;
        }
        // schedules name no call: a reservation or release is this call's when it concerns an appointment the
        // call changed and happened at one of its turns (a turn's changes all carry the turn's instant)
        return appointments.contains(appointmentId) && answers.stream().anyMatch(answer -> answer.at().equals(at));
    }

    /** What the call heard: the greeting, then Bella's words after each answer, in today's phrasing. */
    List<Step> steps(Phrasing phrasing) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            steps.add(new Step(i == 0 ? 0 : answers.get(i - 1).turn(), i == 0 ? null : answers.get(i - 1).text(),
                    phrasing.words(prompts.get(i))));
        }
        return steps;
    }

    /**
     * One recorded answer, as it can be fed in again. What Bella had asked is not fed in: today's Call knows what
     * it asked at that point of the re-run.
     */
    record Answer(int turn, String text, double confidence, Channel channel, Instant at) {

        static Answer of(String callSid, UtteranceHeard heard) {
            try {
                return new Answer(heard.turn(), heard.text(), heard.confidence(), Channel.valueOf(heard.channel()),
                        heard.at());
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new UnreadableCall("turn " + heard.turn() + " of call " + callSid + " was heard on channel "
                        + heard.channel() + ", which this Bella cannot feed in again");
            }
        }
    }
}
