package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.local;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.requested;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.RequestUnclear;
import bella.domain.call.SlotRequested;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On Friday, November 27th, a caller names a date that has gone by: Bella asks back, and the answer is read against
 * her question, a month named meaning the day asked about in that month, not the rest of it from today.
 */
class PastDatesInTheCallTest {

    private static final Instant AT = NOW.toInstant();

    private final Understanding understanding = NineToFive.understanding();

    private static Object[] askingTime() {
        return new Object[] {started(), new IntentDetected(CALL, "BOOK", AT)};
    }

    /** The call after Bella asked back about a date gone by, with the readings she asked about. */
    private static Object[] askedBack(Instant requested, List<Instant> meant) {
        return new Object[] {started(), new IntentDetected(CALL, "BOOK", AT),
                new SlotRequested(CALL, requested, null, "DAY", AT),
                new RequestUnclear(CALL, RequestUnclear.What.DATE_PASSED, meant, AT)};
    }

    private static Instant day(int month, int day) {
        return LocalDate.of(2026, month, day).atStartOfDay(HeardByTheCall.ZONE).toInstant();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"November 3rd at 10|2026-12-03T10:00", "monday the 23rd|2026-11-30T00:00",
            "can I come in October 30th|2026-11-30T00:00"})
    void givenADateGoneBy_whenAskedFor_thenBellaAsksWhetherTheDayAheadWasMeant(String text, String meant) {
        List<EventMessage<?>> done = hear(understanding, askingTime(), text, Expectation.TIME);

        assertThat(payload(done, RequestUnclear.class)).as(text).hasValueSatisfying(unclear -> {
            assertThat(unclear.what()).isEqualTo(RequestUnclear.What.DATE_PASSED);
            assertThat(local(unclear.readings().get(0))).isEqualTo(LocalDateTime.parse(meant));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yes|2026-11-30", "yes please|2026-11-30", "sorry, yes, this month|2026-11-30",
            "no, I meant this month|2026-11-30", "the 30th|2026-11-30", "no, the 2nd of December|2026-12-02"})
    void givenOctoberThirtiethAskedBack_whenTheCallerAnswers_thenTheAnswerIsReadAgainstTheQuestion(String text,
                                                                                                 String date) {
        Object[] given = askedBack(day(11, 30), List.of(day(11, 30)));

        List<EventMessage<?>> done = hear(understanding, given, text, Expectation.CHOICE);

        assertThat(requested(done, date, "", "")).as(text + " " + done).isTrue();
        assertThat(payload(done, SlotRequested.class)).as(text).hasValueSatisfying(
                request -> assertThat(request.end()).isNull());
    }

    @Test
    void givenTwoDaysAskedBack_whenTheCallerNamesTheMonthOfOne_thenThatOneIsAskedFor() {
        Object[] given = askedBack(day(11, 30), List.of(day(11, 30), day(12, 23)));

        List<EventMessage<?>> done = hear(understanding, given, "oh, next month", Expectation.CHOICE);

        assertThat(requested(done, "2026-12-23", "", "")).as(done.toString()).isTrue();
    }
}
