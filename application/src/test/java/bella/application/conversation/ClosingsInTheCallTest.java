package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.BookingConfirmedByCaller;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallerClosed;
import bella.domain.call.CallerDeclined;
import bella.domain.call.CallerNamed;
import bella.domain.call.Expectation;
import bella.domain.call.HoursGiven;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Closings heard inside a call: after the hours, after offers, at the read-back. */
class ClosingsInTheCallTest {

    private static final Instant AT = NOW.toInstant();
    /** Monday, November 30th at 10. */
    private static final Instant TEN = NOW.plusDays(3).minusMinutes(15).toInstant();

    private final Understanding understanding = NineToFive.understanding();

    private List<EventMessage<?>> hearAfterTheHours(String text) {
        Object[] given = {started(), new IntentDetected(CALL, "HOURS", AT), new HoursGiven(CALL, AT)};
        return hear(understanding, given, text, Expectation.INTENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"great, bye", "thanks, that's all", "Okay, thank you. Goodbye!", "perfect, that's "
            + "everything, have a good day", "That'll be all, thanks.", "no thanks, bye",
            "that's all I needed to know, thank you"})
    void givenTheHoursGiven_whenTheCallerCloses_thenTheCallEndsWithoutBooking(String text) {
        List<EventMessage<?>> done = hearAfterTheHours(text);

        assertThat(payload(done, CallerClosed.class)).as(text).isPresent();
        assertThat(payload(done, IntentDetected.class)).as(text).isEmpty();
        assertThat(payload(done, SlotRequested.class)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"great, book me in for monday at 10 then, bye", "yes, I'd like to book, thanks",
            "that's all good, I'd like to book"})
    void givenTheHoursGiven_whenTheCallerAsksForABooking_thenItIsNoClosing(String text) {
        List<EventMessage<?>> done = hearAfterTheHours(text);

        assertThat(payload(done, CallerClosed.class)).as(text).isEmpty();
        assertThat(payload(done, IntentDetected.class)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no thanks, that's all", "actually, never mind, bye"})
    void givenTimesOffered_whenTheCallerCloses_thenTheCallEnds(String text) {
        Object[] given = {started(), new IntentDetected(CALL, "BOOK", AT),
                new SlotsOffered(CALL, List.of(TEN), HeardByTheCall.HALF_HOUR, false, AT)};

        assertThat(payload(hear(understanding, given, text, Expectation.CHOICE), CallerClosed.class)).as(text)
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes please, thanks, bye", "great, that's all, thank you"})
    void givenTheReadBack_whenTheCallerSaysYesAndCloses_thenTheBookingIsConfirmed(String text) {
        Object[] given = {started(), new IntentDetected(CALL, "BOOK", AT), new CallerNamed(CALL, "Ann Lee", AT),
                new SlotAccepted(CALL, TEN, TEN.plus(HeardByTheCall.HALF_HOUR), AT),
                new BookingReadBack(CALL, TEN, TEN.plus(HeardByTheCall.HALF_HOUR), "Ann Lee", AT)};

        List<EventMessage<?>> done = hear(understanding, given, text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingConfirmedByCaller.class)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope, that's all mixed up", "no, that is everything backwards"})
    void givenTheReadBack_whenTheClosingWordsGoOnInTheirClause_thenItIsARefusalNotAClosing(String text) {
        Object[] given = {started(), new IntentDetected(CALL, "BOOK", AT), new CallerNamed(CALL, "Ann Lee", AT),
                new SlotAccepted(CALL, TEN, TEN.plus(HeardByTheCall.HALF_HOUR), AT),
                new BookingReadBack(CALL, TEN, TEN.plus(HeardByTheCall.HALF_HOUR), "Ann Lee", AT)};

        List<EventMessage<?>> done = hear(understanding, given, text, Expectation.CONFIRMATION);

        assertThat(payload(done, CallerDeclined.class)).as(text).isPresent();
        assertThat(payload(done, CallerClosed.class)).as(text).isEmpty();
    }
}
