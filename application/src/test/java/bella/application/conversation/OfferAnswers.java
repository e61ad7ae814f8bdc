package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.count;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.local;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.requested;
import static bella.application.conversation.HeardByTheCall.started;

import bella.application.understanding.Understanding;
import bella.domain.call.CallerDeclined;
import bella.domain.call.Expectation;
import bella.domain.call.HoursGiven;
import bella.domain.call.IntentDetected;
import bella.domain.call.NoBookingToChange;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;

/**
 * {@code understanding/choosing-offers*.tsv}: what callers answer when Bella offers three times, 644 answers written
 * apart from this code (a place, a time, another day, "anything later?", "none of those"), each heard by the real
 * understanding and the real Call holding those offers. Scored by what the Call then does: accepts an offer, asks the
 * diary about another time, or turns away.
 */
public final class OfferAnswers {

    private static final List<String> SETS = List.of("/understanding/choosing-offers.tsv",
            "/understanding/choosing-offers-2.tsv", "/understanding/choosing-offers-3.tsv",
            "/understanding/choosing-offers-4.tsv",
            "/understanding/choosing-offers-5.tsv", "/understanding/choosing-offers-6.tsv",
            "/understanding/choosing-offers-7.tsv", "/understanding/choosing-offers-8.tsv");

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
    public static Map<String, int[]> score(Understanding understanding, List<String> misses) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Row row : rows()) {
            List<EventMessage<?>> done = heard(understanding, row);
            String kind = !row.pick().isEmpty() ? "pick" : !row.shift().isEmpty() ? "shift"
                    : row.intent().isEmpty() ? "other time" : "decline or errand";
            boolean right = switch (kind) {
                case "pick" -> accepted(done, row, row.offers().get(Integer.parseInt(row.pick()) - 1));
                case "shift" -> shifted(done, row);
                case "other time" -> requested(done, row.date(), row.time(), row.within());
                default -> turnedAway(done, row.intent());
            };
            count(tally, misses, kind, right, row.text(), done);
        }
        return tally;
    }

    private static List<EventMessage<?>> heard(Understanding understanding, Row row) {
        List<Instant> starts = row.offers().stream().map(time -> ZonedDateTime.of(row.day(), time, ZONE).toInstant())
                .toList();
        Object[] offered = {started(), new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotsOffered(CALL, starts, HALF_HOUR, false, NOW.toInstant())};
        return hear(understanding, offered, row.text(), Expectation.CHOICE);
    }

    private static boolean accepted(List<EventMessage<?>> done, Row row, LocalTime offer) {
        return payload(done, SlotAccepted.class).map(a -> local(a.start()).toLocalTime().equals(offer)).orElse(false);
    }

    private static boolean shifted(List<EventMessage<?>> done, Row row) {
        return payload(done, SlotRequested.class).map(r -> row.shift().equals("later")
                ? !local(r.start()).toLocalTime().isBefore(row.offers().get(2))
                : r.end() != null && !local(r.end()).toLocalTime().isAfter(row.offers().get(0))).orElse(false);
    }

    private static boolean turnedAway(List<EventMessage<?>> done, String intent) {
        if (intent.equals("no")) {
            return payload(done, CallerDeclined.class).isPresent();
        }
        if (intent.equals("hours")) {
            return payload(done, HoursGiven.class).isPresent();
        }
        // With no booking to change, the errand is understood as much as when there is one.
        return payload(done, IntentDetected.class).map(i -> i.intent().equalsIgnoreCase(intent))
                .or(() -> payload(done, NoBookingToChange.class).map(n -> n.wanted().name().equalsIgnoreCase(intent)))
                .orElse(false);
    }

    private static List<Row> rows() {
        return SETS.stream().flatMap(set -> HeardByTheCall.rows(set, 8).stream()).map(c -> {
            String[] offered = c[0].split(" ");
            List<LocalTime> offers = Arrays.stream(offered[1].split(",")).map(LocalTime::parse).toList();
            return new Row(LocalDate.parse(offered[0]), offers, c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
        }).toList();
    }
}
