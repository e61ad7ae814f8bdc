package bella.adapters.persistence.upcasting;

import bella.domain.call.BookingChanged;
import bella.domain.call.BookingChanged.Change;
import bella.domain.call.CallFailed;
import bella.domain.call.CallFailed.Reason;
import bella.domain.call.CallerDeclined;
import bella.domain.call.RequestUnclear;
import bella.domain.call.RequestUnclear.What;
import bella.domain.call.Stage;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each call event changed at revision 2 read from revision-1 payloads exactly as Bella stored them (copied from the
 * event store of a real run of the version before, one payload a line), and from old words no version wrote.
 */
class CallUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(CallUpcasters.all());

    @Test
    void callFailed_reasonAndStageAreTakenFromTheSentence() {
        List<CallFailed> failed = read(CallFailed.class, stored("CallFailed"));

        assertThat(failed).extracting(CallFailed::reason, CallFailed::stage).containsExactly(
                tuple(Reason.HUNG_UP, Stage.MENU),
                tuple(Reason.HUNG_UP, Stage.ASK_SERVICE),
                tuple(Reason.KEYS_NOT_OFFERED, Stage.MENU),
                tuple(Reason.NOT_UNDERSTOOD, Stage.ASK_SERVICE),
                tuple(Reason.HUNG_UP, Stage.ASK_TIME),
                tuple(Reason.HUNG_UP, Stage.ASK_TIME),
                tuple(Reason.HUNG_UP, Stage.CLARIFY),
                tuple(Reason.HUNG_UP, Stage.OFFER),
                tuple(Reason.HUNG_UP, Stage.ASK_TIME));
        assertThat(failed.get(0).callId()).isEqualTo("CA00000000000000000000000000000005");
        assertThat(failed.get(0).at()).isEqualTo(Instant.parse("2026-03-02T15:15:18.483985005Z"));
    }

    @Test
    void callFailed_everyStageThatCodeWroteIsKnownAndOtherWordsAreOther() {
        List<CallFailed> failed = read(CallFailed.class, List.of(
                failure("not understood at confirm_move"), failure("keys not offered at choose_booking"),
                failure("caller hung up at read_back"), failure("caller hung up at ask_phone"),
                failure("caller hung up at booked"), failure("the line dropped")));

        assertThat(failed).extracting(CallFailed::reason, CallFailed::stage).containsExactly(
                tuple(Reason.NOT_UNDERSTOOD, Stage.CONFIRM_MOVE),
                tuple(Reason.KEYS_NOT_OFFERED, Stage.CHOOSE_BOOKING),
                tuple(Reason.HUNG_UP, Stage.READ_BACK),
                tuple(Reason.HUNG_UP, Stage.ASK_PHONE),
                tuple(Reason.HUNG_UP, Stage.OTHER),
                tuple(Reason.OTHER, Stage.OTHER));
    }

    @Test
    void callerDeclined_theStageNamedIsTheStage() {
        List<CallerDeclined> declined = read(CallerDeclined.class, stored("CallerDeclined"));

        assertThat(declined).extracting(CallerDeclined::stage).containsExactly(Stage.MENU, Stage.READ_BACK,
                Stage.CLARIFY, Stage.MENU, Stage.CONFIRM_CANCEL, Stage.MENU, Stage.OFFER, Stage.READ_BACK);
        assertThat(read(CallerDeclined.class, List.of(declined("CONFIRM_MOVE"), declined("CHOOSE_BOOKING"),
                declined("GIVE_UP")))).extracting(CallerDeclined::stage)
                .containsExactly(Stage.CONFIRM_MOVE, Stage.CHOOSE_BOOKING, Stage.OTHER);
    }

    @Test
    void requestUnclear_eachWhatIsKnownAndTheReadingsKept() {
        List<RequestUnclear> unclear = read(RequestUnclear.class, stored("RequestUnclear"));

        assertThat(unclear).extracting(RequestUnclear::what).containsExactly(What.NO_SERVICE, What.TWO_READINGS,
                What.TWO_READINGS, What.LOW_CONFIDENCE, What.NO_TIME_OF_DAY, What.TWO_READINGS);
        assertThat(unclear.get(1).readings()).containsExactly(Instant.parse("2026-03-03T05:00:00Z"),
                Instant.parse("2026-03-10T04:00:00Z"));
        String unknown = "{\"callId\":\"CA1\",\"what\":\"MUMBLED\",\"readings\":[],\"at\":\"2026-03-02T15:15:00Z\"}";
        assertThat(read(RequestUnclear.class, List.of(unknown))).extracting(RequestUnclear::what)
                .containsExactly(What.OTHER);
    }

    @Test
    void bookingChanged_cancelledAndRescheduledAreKnown() {
        List<BookingChanged> changed = read(BookingChanged.class, stored("BookingChanged"));

        assertThat(changed).extracting(BookingChanged::change).containsExactly(Change.CANCELLED,
                Change.RESCHEDULED);
        assertThat(changed.get(0).appointmentId()).isEqualTo("appointment-1cdbbaf7-376c-3968-a92a-f397d0bc6e7e");
        String unknown = "{\"callId\":\"CA1\",\"appointmentId\":\"a1\",\"change\":\"MOVED\","
                + "\"at\":\"2026-03-02T15:15:00Z\"}";
        assertThat(read(BookingChanged.class, List.of(unknown))).extracting(BookingChanged::change)
                .containsExactly(Change.OTHER);
    }

    @Test
    void eventsAlreadyAtRevisionTwoAreLeftAsTheyAre() {
        String current = "{\"callId\":\"CA1\",\"reason\":\"NOT_UNDERSTOOD\",\"stage\":\"OFFER\","
                + "\"at\":\"2026-03-02T15:15:00Z\"}";
        List<Object> events = EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(entry(CallFailed.class, "2", current, 0)), serializer, upcasters).asStream()
                .<Object>map(DomainEventMessage::getPayload).toList();

        assertThat(events).containsExactly(new CallFailed("CA1", Reason.NOT_UNDERSTOOD, Stage.OFFER,
                        Instant.parse("2026-03-02T15:15:00Z")));
    }

    private <T> List<T> read(Class<T> type, List<String> payloads) {
        List<DomainEventData<?>> entries = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            entries.add(entry(type, "1", payloads.get(i), i));
        }
        return EventStreamUtils.upcastAndDeserializeDomainEvents(entries.stream(), serializer, upcasters).asStream()
                .map(message -> type.cast(message.getPayload())).toList();
    }

    private static GenericDomainEventEntry<byte[]> entry(Class<?> type, String revision, String payload, long seq) {
        return new GenericDomainEventEntry<>("Call", "CA1", seq, UUID.randomUUID().toString(),
                Instant.parse("2026-03-02T15:15:00Z"), type.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> stored(String event) {
        try (InputStream in = CallUpcastersTest.class.getResourceAsStream("/revision-1/" + event + ".jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String failure(String sentence) {
        return "{\"callId\":\"CA1\",\"reason\":\"" + sentence + "\",\"at\":\"2026-03-02T15:15:00Z\"}";
    }

    private static String declined(String stage) {
        return "{\"callId\":\"CA1\",\"stage\":\"" + stage + "\",\"at\":\"2026-03-02T15:15:00Z\"}";
    }
}
