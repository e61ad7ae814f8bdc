package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.BookingConfirmedByCaller;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallerNamed;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers to the read-back that explain rather than change it: a yes with a farewell naming the day or the part of
 * the day booked, and a name whose one word is written apart ("White Horse, two words").
 */
class ReadBackAnswersExplainedTest {

    private static final Instant AT = NOW.toInstant();

    private final Understanding understanding = NineToFive.understanding();

    /** Leah Whitehorse, read back for the time given. */
    private static Object[] readBack(ZonedDateTime time) {
        Instant start = time.toInstant();
        return new Object[] {started(), new IntentDetected(CALL, "BOOK", AT),
                new CallerNamed(CALL, "Leah Whitehorse", AT),
                new SlotsOffered(CALL, List.of(start), HALF_HOUR, false, AT),
                new SlotAccepted(CALL, start, start.plus(HALF_HOUR), AT),
                new BookingReadBack(CALL, start, start.plus(HALF_HOUR), "Leah Whitehorse", AT)};
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Yes thanks, see you Tuesday morning.|2026-12-01T10:00",
            "perfect, see you this afternoon then|2026-11-27T15:00",
            "Great, see you on Wednesday, bye.|2026-12-02T13:30"})
    void givenTheReadBack_whenAYesNamesTheDayOrPartOfTheDayBooked_thenTheBookingIsConfirmed(String text, String time) {
        List<EventMessage<?>> done = hear(understanding, readBack(ZonedDateTime.of(LocalDateTime.parse(time), ZONE)),
                text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingConfirmedByCaller.class)).as(text).isPresent();
    }

    @Test
    void givenTheReadBack_whenAnotherPartOfTheDayIsAskedFor_thenItIsAskedOfTheDiary() {
        List<EventMessage<?>> done = hear(understanding, readBack(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZONE)),
                "no, Tuesday afternoon please", Expectation.CONFIRMATION);

        assertThat(payload(done, SlotRequested.class)).isPresent();
        assertThat(payload(done, BookingConfirmedByCaller.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The time's good, but the surname is White Horse, two words.",
            "it's White Horse, with a space"})
    void givenTheReadBack_whenOneWordOfTheNameIsSaidWrittenApart_thenOnlyThatWordChanges(String text) {
        List<EventMessage<?>> done = hear(understanding, readBack(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZONE)),
                text, Expectation.CONFIRMATION);

        assertThat(payload(done, CallerNamed.class)).as(text)
                .hasValueSatisfying(named -> assertThat(named.name()).isEqualTo("Leah White Horse"));
    }
}
