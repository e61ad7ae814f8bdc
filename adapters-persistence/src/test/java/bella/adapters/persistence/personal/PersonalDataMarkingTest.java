package bella.adapters.persistence.personal;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text an event stores is either marked personal, and so sealed, or named here as saying nothing about who
 * someone is: an event that gains a name, a number or a caller's words cannot reach the store in the clear unnoticed.
 */
class PersonalDataMarkingTest {

    /** Texts that identify no one: ids, the business's own words and settings, outcomes, Twilio's and Google's codes. */
    private static final Set<String> NOT_PERSONAL = Set.of(
            // ids of calls, appointments, days, months, texts and the events they answer
            "BookingChanged.callId", "BookingChanged.appointmentId", "BookingChosen.callId",
            "BookingChosen.appointmentId", "BookingCompleted.callId", "BookingCompleted.appointmentId",
            "CalendarSkipped.callId", "CallEnded.callId", "CallFailed.callId", "CallerBookingsFound.callId",
            "CallerBookingsFound.appointmentIds", "CallerDeclined.callId", "CancellationConfirmedByCaller.callId",
            "CancellationConfirmedByCaller.appointmentId", "HoursGiven.callId", "IntentDetected.callId",
            "KeypadTookOver.callId", "CallerClosed.callId",
            "MoveSuggested.callId", "MoveSuggested.appointmentId", "NoBookingToChange.callId",
            "PromptVariantAssigned.callId", "RequestUnclear.callId", "RescheduleConfirmedByCaller.callId",
            "RescheduleConfirmedByCaller.appointmentId", "ServiceChosen.callId", "SlotAccepted.callId",
            "SlotRequested.callId", "SlotUnavailable.callId", "SlotsOffered.callId", "UtteranceNotUnderstood.callId",
            "AppointmentBooked.callId", "AppointmentCancelled.appointmentId", "AppointmentCancelled.callId",
            "AppointmentRescheduled.appointmentId", "AppointmentRescheduled.callId",
            "CalendarEventMirrored.appointmentId", "CalendarMirrorFailed.appointmentId",
            "ConfirmationSent.appointmentId", "ConfirmationSent.eventId", "ConfirmationSent.messageSid",
            "ConfirmationFailed.eventId", "ReminderSent.appointmentId", "ReminderSent.eventId",
            "ReminderSent.messageSid", "ReminderFailed.eventId", "SlotReserved.scheduleId",
            "SlotReserved.appointmentId", "SlotReleased.scheduleId", "SlotReleased.appointmentId",
            "CostAlertRaised.month", "MessageOffered.callId", "RecordingDisclosed.callId", "TransferAnswered.callId",
            "TransferStarted.callId", "TransferUnanswered.callId", "MessageRecorded.recordingSid",
            "MessageTranscribed.recordingSid", "RecordingRefused.recordingSid", "TranscriptionFailed.recordingSid",
            "AnswerRecorded.recordingSid", "AnswerTranscribed.recordingSid", "AnswerNotTranscribed.recordingSid",
            "RecordingDeleted.recordingSid", "RecordingDeletionFailing.recordingSid",
            // Twilio's status for a deletion, or why there was none, in Bella's words
            "RecordingDeletionFailing.reason",
            // where a message's recording lies under Twilio's API: the account's and the recording's ids
            "MessageRecorded.recordingPath",
            // the business's number, zone, services, wordings and settings
            "CallStarted.to", "CallStarted.zone", "CallStarted.services", "ServiceChosen.service",
            "AppointmentBooked.service", "PromptVariantAssigned.variant", "PromptVariantAssigned.greeting",
            "PromptVariantAssigned.welcomeBack",
            // what Bella understood or expected, and Twilio's call status: words of Bella's own vocabulary
            "IntentDetected.intent", "SlotRequested.grain", "SlotUnavailable.reason", "UtteranceHeard.channel",
            "UtteranceHeard.expecting", "UtteranceNotUnderstood.expecting", "KeyNotOffered.expecting",
            "AnswerDoubted.expecting",
            "CallEnded.status", "TransferUnanswered.status",
            // Google's error for a calendar write, which names the calendar, not the caller
            "CalendarMirrorFailed.reason");

    private static final Set<Class<?>> PLAIN = Set.of(int.class, long.class, double.class, boolean.class,
            Integer.class, Long.class, Double.class, Boolean.class, Instant.class, Duration.class, BigDecimal.class);

    @Test
    void everyTextOfEveryEventIsEitherSealedOrKnownToNameNoOne() {
        List<String> unmarked = new ArrayList<>();
        for (Class<?> event : events()) {
            for (RecordComponent component : event.getRecordComponents()) {
                String name = event.getSimpleName() + "." + component.getName();
                boolean personal = component.isAnnotationPresent(PersonalData.class);
                if (holdsText(component.getGenericType()) && !personal
                        && !component.isAnnotationPresent(PersonalDataKey.class) && !NOT_PERSONAL.contains(name)) {
                    unmarked.add(name);
                }
            }
        }
        assertThat(unmarked).as("texts in events neither marked @PersonalData nor listed as naming no one")
                .isEmpty();
    }

    @Test
    void personalDataIsOnlyEverTopLevelTextUnderOneRecordKey() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> event : events()) {
            for (RecordComponent component : event.getRecordComponents()) {
                String name = event.getSimpleName() + "." + component.getName();
                if (component.isAnnotationPresent(PersonalData.class) && component.getType() != String.class) {
                    wrong.add(name + " is personal but not a String, which is all the serializer seals");
                }
                if (!holdsText(component.getGenericType()) && !plain(component.getGenericType())) {
                    wrong.add(name + " is a " + component.getGenericType() + ", whose texts nothing would seal");
                }
            }
            boolean personal = Arrays.stream(event.getRecordComponents())
                    .anyMatch(component -> component.isAnnotationPresent(PersonalData.class));
            if (personal) {
                assertThat(PersonalFields.of(event)).as(event.getSimpleName()).isPresent();
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMarkedNamesNumbersAndWordsAreTheOnesExpected() {
        Set<String> marked = new TreeSet<>();
        for (Class<?> event : events()) {
            PersonalFields.of(event).ifPresent(fields -> fields.fields().forEach((field, kind) ->
                    marked.add(event.getSimpleName() + "." + field + " " + kind)));
        }
        assertThat(marked).contains("CallStarted.from NUMBER", "CallerNamed.name NAME", "CallerRecognized.name NAME",
                "CallerNumberGiven.phone NUMBER", "UtteranceHeard.text WORDS", "AppointmentBooked.name NAME",
                "AppointmentBooked.phone NUMBER", "BookingConfirmedByCaller.phone NUMBER",
                "ConfirmationFailed.reason WORDS");
    }

    /**
     * The domain's events: the records its aggregates source themselves from, and those of its sealed event
     * interfaces (some, like a cost alert's, are only ever handled by projections).
     */
    private static List<Class<?>> events() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<Class<?>> events = new TreeSet<>(Comparator.comparing(Class::getName));
        for (var candidate : scanner.findCandidateComponents("bella.domain")) {
            Class<?> type = load(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(EventSourcingHandler.class)) {
                    events.add(method.getParameterTypes()[0]);
                }
            }
            if (type.isRecord() && Arrays.stream(type.getInterfaces())
                    .anyMatch(face -> face.getSimpleName().endsWith("Event"))) {
                events.add(type);
            }
        }
        assertThat(events).hasSizeGreaterThan(40);
        return List.copyOf(events);
    }

    private static boolean holdsText(Type type) {
        return type == String.class || type instanceof ParameterizedType list
                && Arrays.asList(list.getActualTypeArguments()).contains(String.class);
    }

    private static boolean plain(Type type) {
        if (type instanceof ParameterizedType generic) {
            return Arrays.stream(generic.getActualTypeArguments()).allMatch(PersonalDataMarkingTest::plain);
        }
        return type instanceof Class<?> kind && (PLAIN.contains(kind) || kind.isEnum());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
