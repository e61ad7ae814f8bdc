package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.count;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.requested;
import static bella.application.conversation.HeardByTheCall.started;

import bella.application.understanding.Understanding;
import bella.domain.call.BookingConfirmedByCaller;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallerDeclined;
import bella.domain.call.CallerNamed;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;

/**
 * {@code understanding/read-back-answers*.tsv}: what callers answer when Bella reads a booking back ("So that's Maria
 * Lopez, on Tuesday, December 1st at 2:30 PM. Shall I book it?"), 607 answers written apart from this code: a yes, a
 * no, another time ("make it 3", "Thursday instead", "two hours earlier"), or a corrected name. Each is heard by the
 * real understanding and the real Call holding that read-back, and scored by what the Call then does.
 */
public final class ReadBackAnswers {

    private static final List<String> SETS = List.of("/understanding/read-back-answers.tsv",
            "/understanding/read-back-answers-2.tsv", "/understanding/read-back-answers-3.tsv",
            "/understanding/read-back-answers-4.tsv",
            "/understanding/read-back-answers-5.tsv", "/understanding/read-back-answers-6.tsv",
            "/understanding/read-back-answers-7.tsv", "/understanding/read-back-answers-8.tsv");

    private record Row(String name, LocalDateTime slot, String text, String outcome, String date, String time,
                       String within, String correctedName) {
    }

    private ReadBackAnswers() {
    }

    /**
     * Right answers by outcome ("time" → {right, total}).
     *
     * @param misses where to note each answer the Call did not take as meant
     */
    public static Map<String, int[]> score(Understanding understanding, List<String> misses) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Row row : rows()) {
            List<EventMessage<?>> done = heard(understanding, row);
            boolean right = switch (row.outcome()) {
                case "yes" -> payload(done, BookingConfirmedByCaller.class).isPresent();
                case "no" -> payload(done, CallerDeclined.class).isPresent();
                case "time" -> requested(done, row.date(), row.time(), row.within());
                default -> payload(done, CallerNamed.class).map(n -> n.name().equalsIgnoreCase(row.correctedName()))
                        .orElse(false);
            };
            count(tally, misses, row.outcome(), right, row.text(), done);
        }
        return tally;
    }

    private static List<EventMessage<?>> heard(Understanding understanding, Row row) {
        Instant start = row.slot().atZone(ZONE).toInstant();
        Instant end = start.plus(HALF_HOUR);
        Object[] readBack = {started(), new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotRequested(CALL, start, null, "MINUTE", NOW.toInstant()),
                new SlotAccepted(CALL, start, end, NOW.toInstant()),
                new CallerNamed(CALL, row.name(), NOW.toInstant()),
                new BookingReadBack(CALL, start, end, row.name(), NOW.toInstant())};
        return hear(understanding, readBack, row.text(), Expectation.CONFIRMATION);
    }

    private static List<Row> rows() {
        return SETS.stream().flatMap(set -> HeardByTheCall.rows(set, 7).stream()).map(c -> {
            String[] readBack = c[0].split("\\|");
            LocalDateTime slot = LocalDateTime.parse(readBack[1].replace(' ', 'T'));
            return new Row(readBack[0], slot, c[1], c[2], c[3], c[4], c[5], c[6]);
        }).toList();
    }
}
