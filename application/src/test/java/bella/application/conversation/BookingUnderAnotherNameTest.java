package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.secondOfferReadBack;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.BookingReadBack;
import bella.domain.call.Expectation;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** At the read-back, the booking put under someone else's name: read back again under that name. */
class BookingUnderAnotherNameTest {

    /** Friday, December 4th at 11, 11:30 and noon. */
    private static final ZonedDateTime ELEVEN = ZonedDateTime.of(2026, 12, 4, 11, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(ELEVEN.toInstant(), ELEVEN.plus(HALF_HOUR).toInstant(),
            ELEVEN.plus(HALF_HOUR).plus(HALF_HOUR).toInstant());

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yes, but can you spell it L E I G H|Ann Leigh",
            "yes, and please spell it, A N N E|Anne Lee"})
    void givenTheReadBack_whenAYesComesWithTheNameSpelled_thenTheNameIsCorrected(String text, String name) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(done).as(text).anySatisfy(event -> assertThat(event.getPayload()).hasFieldOrPropertyWithValue(
                "name", name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"could you put it under my wife's name, Helen Marsh|Helen Marsh",
            "oh, it should be under my son, Kevin Doyle|Kevin Doyle"})
    void givenTheReadBack_whenTheCallerPutsItUnderSomeoneElse_thenItIsReadBackUnderThatName(String text, String name) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingReadBack.class)).as(text)
                .hasValueSatisfying(readBack -> assertThat(readBack.name()).isEqualTo(name));
    }
}
