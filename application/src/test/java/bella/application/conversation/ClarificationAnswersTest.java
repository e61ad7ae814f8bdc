package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.hear;
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
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers to "do you mean Friday, December 4th or Friday, December 11th?" read against the two readings Bella
 * offered: by a day of the month, a week, or both, in whatever order the caller puts them.
 */
class ClarificationAnswersTest {

    private static final Instant AT = NOW.toInstant();

    private final Understanding understanding = NineToFive.understanding();

    private static Instant day(int month, int day) {
        return LocalDate.of(2026, month, day).atStartOfDay(HeardByTheCall.ZONE).toInstant();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "next week, the 11th|2026-12-11", "next week Friday the 11th|2026-12-11",
            "the 11th, next week|2026-12-11", "the week of the 7th, Friday the 11th|2026-12-11",
            "the one in the week of the 7th|2026-12-11", "the one next week|2026-12-04",
            "no, the following week, the 11th|2026-12-11", "next Friday the 11th|2026-12-11",
            "Friday the 4th|2026-12-04", "the later one|2026-12-11"})
    void givenTwoReadingsAskedAbout_whenTheCallerNamesTheWeekOrTheDay_thenThatReadingIsAskedFor(String text,
                                                                                              String date) {
        Object[] given = {started(), new IntentDetected(CALL, "BOOK", AT),
                new SlotRequested(CALL, day(12, 4), null, "DAY", AT),
                new RequestUnclear(CALL, RequestUnclear.What.TWO_READINGS, List.of(day(12, 4), day(12, 11)), AT)};

        List<EventMessage<?>> done = hear(understanding, given, text, Expectation.CHOICE);

        assertThat(requested(done, date, "", "")).as(text + " " + done).isTrue();
    }
}
