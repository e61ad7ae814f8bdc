package bella.application.conversation;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.Availability;
import bella.domain.call.BookingReadBack;
import bella.domain.call.Call;
import bella.domain.call.CallerNamed;
import bella.domain.call.CallStarted;
import bella.domain.call.Channel;
import bella.domain.call.Expectation;
import bella.domain.call.HearCaller;
import bella.domain.call.IntentDetected;
import bella.domain.call.Heard;
import bella.domain.call.RecordBooking;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import bella.domain.call.Understood;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;

/** One answer heard as a turn hears it: understood, read in the light of the call so far, then handled by the Call. */
final class HeardByTheCall {

    static final String CALL = "CA0123";
    static final ZoneId ZONE = NineToFive.TORONTO;
    /** When the answers were written for, at a business open Monday to Friday 9 to 5. */
    static final ZonedDateTime NOW = NineToFive.FRIDAY_MORNING;
    static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private HeardByTheCall() {
    }

    /** The call as it starts, from a caller whose number is known. */
    static CallStarted started() {
        return new CallStarted(CALL, "+14165550123", "+16475550000", ZONE.getId(), List.of(), NOW.toInstant());
    }

    /** The events the Call records after the utterance itself, given the events that brought it to this question. */
    /** A call where Ann Lee was offered these times, took the second and heard it read back. */
    static Object[] secondOfferReadBack(List<Instant> offers) {
        Instant second = offers.get(1);
        Instant at = NOW.toInstant();
        return new Object[] {started(), new IntentDetected(CALL, "BOOK", at), new CallerNamed(CALL, "Ann Lee", at),
                new SlotsOffered(CALL, offers, HALF_HOUR, false, at),
                new SlotAccepted(CALL, second, second.plus(HALF_HOUR), at),
                new BookingReadBack(CALL, second, second.plus(HALF_HOUR), "Ann Lee", at)};
    }

    static List<EventMessage<?>> hear(Understanding understanding, Object[] given, String text, Expectation expecting) {
        ZonedDateTime now = NOW;
        Understood heard = understanding.understand(text, expecting, now);
        AtomicReference<Understood> inContext = new AtomicReference<>();
        new AggregateTestFixture<>(Call.class).given(given)
                .when(new RecordBooking(CALL, "none", now.toInstant())) // changes nothing before a confirmation
                .expectState(call -> inContext.set(call.inContext(heard)));
        List<EventMessage<?>> recorded = new ArrayList<>();
        new AggregateTestFixture<>(Call.class).given(given)
                .when(new HearCaller(CALL, 1, new Heard(text, 0.9, Channel.SPEECH), inContext.get(),
                        Availability.options(List.of()), now.toInstant(), false))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.matches((List<EventMessage<?>> events) -> recorded.addAll(events)));
        return recorded.stream().skip(1).toList();
    }

    /** One answer scored: counted by kind, and noted with what the call did when it was not what was meant. */
    static void count(Map<String, int[]> tally, List<String> misses, String kind, boolean right, String text,
                      List<EventMessage<?>> done) {
        int[] counts = tally.computeIfAbsent(kind, k -> new int[2]);
        counts[0] += right ? 1 : 0;
        counts[1]++;
        if (!right) {
            misses.add(kind + ": " + text + " -> " + done.stream().map(EventMessage::getPayload).toList());
        }
    }

    static LocalDateTime local(Instant instant) {
        return instant.atZone(ZONE).toLocalDateTime();
    }

    /**
     * Whether the Call asked the diary about the time meant: on that day (YYYY-MM-DD), at that time (HH:MM), or for a
     * window holding that time; each left empty when it does not matter.
     */
    static boolean requested(List<EventMessage<?>> done, String date, String time, String within) {
        return payload(done, SlotRequested.class).map(request -> {
            LocalDateTime start = local(request.start());
            LocalDateTime end = request.end() == null ? null : local(request.end());
            boolean day = date.isEmpty() || start.toLocalDate().toString().equals(date);
            boolean clock = time.isEmpty() || end == null && start.toLocalTime().toString().equals(time);
            LocalTime inside = within.isEmpty() ? null : LocalTime.parse(within);
            boolean holds = inside == null || end != null && !inside.isBefore(start.toLocalTime())
                    && inside.isBefore(end.toLocalTime());
            return day && clock && holds;
        }).orElse(false);
    }

    static <T> Optional<T> payload(List<EventMessage<?>> events, Class<T> type) {
        return events.stream().map(EventMessage::getPayload).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** A tab-separated resource's rows after its header, each with that many stripped, never-null fields. */
    static List<String[]> rows(String resource, int columns) {
        try (InputStream in = HeardByTheCall.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                String[] fields = Arrays.copyOf(line.split("\t", -1), columns);
                for (int i = 0; i < columns; i++) {
                    fields[i] = fields[i] == null ? "" : fields[i].strip();
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
