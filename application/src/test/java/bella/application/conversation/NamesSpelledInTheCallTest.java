package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallerNamed;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name spelled after it was said completes or corrects it, and never drops the part not spelled. */
class NamesSpelledInTheCallTest {

    private static final Instant AT = NOW.toInstant();
    private static final Instant TEN = NOW.plusDays(3).minusMinutes(15).toInstant();

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"John, S M I T H|John Smith", "Priya, last name Patel, P A T E L|Priya Patel",
            "it's Anna Kovalsky, K O W A L S K I|Anna Kowalski", "John Smyth, S M Y T H|John Smyth"})
    void givenTheNameAskedFor_whenASurnameIsSpelledAfterIt_thenTheGivenNameIsKept(String text, String name) {
        Object[] given = {started(), new IntentDetected(CALL, "BOOK", AT),
                new SlotAccepted(CALL, TEN, TEN.plus(HALF_HOUR), AT)};

        List<EventMessage<?>> done = hear(understanding, given, text, Expectation.NAME);

        assertThat(payload(done, CallerNamed.class).map(CallerNamed::name)).as(text).hasValue(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"John|S M I T H|John Smith", "John Smith|no, S M Y T H|John Smyth",
            "John Smith|it's spelled S M Y T H|John Smyth", "Jon Smith|J O H N|John Smith"})
    void givenTheNameReadBack_whenTheCallerSpellsPartOfIt_thenThatPartIsCompletedOrCorrected(String heard,
                                                                                            String text, String name) {
        Object[] given = {started(), new IntentDetected(CALL, "BOOK", AT), new CallerNamed(CALL, heard, AT),
                new SlotAccepted(CALL, TEN, TEN.plus(HALF_HOUR), AT),
                new BookingReadBack(CALL, TEN, TEN.plus(HALF_HOUR), heard, AT)};

        List<EventMessage<?>> done = hear(understanding, given, text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingReadBack.class).map(BookingReadBack::name)).as(text).hasValue(name);
    }
}
