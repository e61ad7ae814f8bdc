package bella.application.conversation;

import bella.application.understanding.Understanding;
import bella.domain.call.Availability;
import bella.domain.call.Call;
import bella.domain.call.CallStarted;
import bella.domain.call.CallerDeclined;
import bella.domain.call.Channel;
import bella.domain.call.Expectation;
import bella.domain.call.HearCaller;
import bella.domain.call.Heard;
import bella.domain.call.HoursGiven;
import bella.domain.call.IntentDetected;
import bella.domain.call.RecordBooking;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import bella.domain.call.Understood;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;

/**
 * {@code understanding/choosing-offers.tsv}: what callers answer when Bella offers three times, 150 answers written
 * apart from this code (a place, a time, another day, "anything later?", "none of those"), each heard by the real
 * understanding and the real Call holding those offers. Scored by what the Call then does: accepts an offer, asks the
 * diary about another time, or turns away.
 */
public final class OfferAnswers {

    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 15, 0, 0, ZONE);
    private static final String CALL = "CA0123";
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private OfferAnswers() {
    }

    private record Row(LocalDate day, List<LocalTime> offers, String text, String pick, String date, String time,
                       String within, String shift, String intent) {
    }

    /**
     * Right answers by kind ("pick" → {right, total}).
     *
     * @param misses where to note each answer the Call did not take as meant
     */
    public static Map<String, int[]> score(Understanding understanding, List<String> misses) throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Row row : rows()) {
            List<EventMessage<?>> done = hear(understanding, row);
            String kind = !row.pick().isEmpty() ? "pick" : !row.shift().isEmpty() ? "shift"
                    : row.intent().isEmpty() ? "other time" : "decline or errand";
            boolean right = switch (kind) {
                case "pick" -> accepted(done, row, row.offers().get(Integer.parseInt(row.pick()) - 1));
                case "shift" -> shifted(done, row);
                case "other time" -> requested(done, row);
                default -> turnedAway(done, row.intent());
            };
            int[] counts = tally.computeIfAbsent(kind, k -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
            if (!right) {
                misses.add(kind + ": " + row.text() + " -> " + done.stream().map(e -> e.getPayload().toString()).toList());
            }
        }
        return tally;
    }

    /** The events the Call records when it hears the answer, read in the light of the offers as a turn is. */
    private static List<EventMessage<?>> hear(Understanding understanding, Row row) {
        List<Instant> starts = row.offers().stream().map(t -> ZonedDateTime.of(row.day(), t, ZONE).toInstant()).toList();
        Object[] offered = {new CallStarted(CALL, "+14165550123", "+16475550000", ZONE.getId(), List.of(), NOW.toInstant()),
                new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotsOffered(CALL, starts, HALF_HOUR, false, NOW.toInstant())};
        Understood heard = understanding.understand(row.text(), Expectation.CHOICE, NOW);
        AtomicReference<Understood> inContext = new AtomicReference<>();
        new AggregateTestFixture<>(Call.class).given(offered)
                .when(new RecordBooking(CALL, "unused", NOW.toInstant()))
                .expectState(call -> inContext.set(call.inContext(heard)));
        List<EventMessage<?>> recorded = new ArrayList<>();
        new AggregateTestFixture<>(Call.class).given(offered)
                .when(new HearCaller(CALL, 1, new Heard(row.text(), 0.9, Channel.SPEECH), Expectation.CHOICE,
                        inContext.get(), Availability.options(List.of()), NOW.toInstant()))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.matches((List<EventMessage<?>> events) -> recorded.addAll(events)));
        return recorded.stream().skip(1).toList(); // the first is the utterance itself
    }

    private static boolean accepted(List<EventMessage<?>> done, Row row, LocalTime offer) {
        return payload(done, SlotAccepted.class).map(a -> local(a.start()).toLocalTime().equals(offer)).orElse(false);
    }

    private static boolean shifted(List<EventMessage<?>> done, Row row) {
        return payload(done, SlotRequested.class).map(r -> row.shift().equals("later")
                ? !local(r.start()).toLocalTime().isBefore(row.offers().get(2))
                : r.end() != null && !local(r.end()).toLocalTime().isAfter(row.offers().get(0))).orElse(false);
    }

    private static boolean requested(List<EventMessage<?>> done, Row row) {
        return payload(done, SlotRequested.class).map(r -> {
            LocalDateTime start = local(r.start());
            LocalDateTime end = r.end() == null ? null : local(r.end());
            boolean day = row.date().isEmpty() || start.toLocalDate().toString().equals(row.date());
            boolean time = row.time().isEmpty() || end == null && start.toLocalTime().toString().equals(row.time());
            LocalTime within = row.within().isEmpty() ? null : LocalTime.parse(row.within());
            boolean inside = within == null || end != null && !within.isBefore(start.toLocalTime())
                    && within.isBefore(end.toLocalTime());
            return day && time && inside;
        }).orElse(false);
    }

    private static boolean turnedAway(List<EventMessage<?>> done, String intent) {
        if (intent.equals("no")) {
            return payload(done, CallerDeclined.class).isPresent();
        }
        if (intent.equals("hours")) {
            return payload(done, HoursGiven.class).isPresent();
        }
        return payload(done, IntentDetected.class).map(i -> i.intent().equalsIgnoreCase(intent)).orElse(false);
    }

    private static <T> Optional<T> payload(List<EventMessage<?>> events, Class<T> type) {
        return events.stream().map(EventMessage::getPayload).filter(type::isInstance).map(type::cast).findFirst();
    }

    private static LocalDateTime local(Instant instant) {
        return instant.atZone(ZONE).toLocalDateTime();
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = OfferAnswers.class.getResourceAsStream("/understanding/choosing-offers.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                String[] c = Arrays.copyOf(line.split("\t", -1), 8);
                for (int i = 0; i < c.length; i++) {
                    c[i] = c[i] == null ? "" : c[i].strip();
                }
                String[] offered = c[0].split(" ");
                List<LocalTime> offers = Arrays.stream(offered[1].split(",")).map(LocalTime::parse).toList();
                rows.add(new Row(LocalDate.parse(offered[0]), offers, c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
            }
            return rows;
        }
    }
}
