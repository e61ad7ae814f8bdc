package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.secondOfferReadBack;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.BookingConfirmedByCaller;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallerDeclined;
import bella.domain.call.Expectation;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A choice among offers corrected at the read-back, as the caller says it. */
class ChoiceCorrectedInTheCallTest {

    /** Monday, November 30th at 10, 10:30 and 11. */
    private static final Instant TEN = NOW.plusDays(3).minusMinutes(15).toInstant();
    private static final List<Instant> OFFERS = List.of(TEN, TEN.plus(HALF_HOUR), TEN.plus(HALF_HOUR).plus(HALF_HOUR));

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no wait, the first one|1", "sorry, I meant the first one|1", "actually, the last one|3",
            "oh no, the 1st, sorry|1", "no, make it the third option|3"})
    void givenTheSecondOfferReadBack_whenTheCallerCorrectsTheChoice_thenTheOneCorrectedToIsReadBack(String text,
                                                                                                 int place) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingReadBack.class)).as(text).hasValueSatisfying(
                readBack -> assertThat(readBack.start()).isEqualTo(OFFERS.get(place - 1)));
        assertThat(payload(done, CallerDeclined.class)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yes, the second one is perfect", "yes please"})
    void givenTheSecondOfferReadBack_whenTheCallerKeepsIt_thenItIsBooked(String text) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingConfirmedByCaller.class)).as(text).isPresent();
    }
}
