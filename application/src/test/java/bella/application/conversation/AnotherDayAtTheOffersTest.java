package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.local;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Another day asked for at the offers: a part of the day said in the next sentence is that day's ("Tuesday
 * instead? Late afternoon."), and a day said after one refused outweighs it ("March 3rd is a bit far, anything in
 * February, like the 12th?").
 */
class AnotherDayAtTheOffersTest {

    /** Tuesday, December 8th at 1, 1:30 and 2 in the afternoon. */
    private static final ZonedDateTime ONE = ZonedDateTime.of(2026, 12, 8, 13, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(ONE.toInstant(), ONE.plusMinutes(30).toInstant(),
            ONE.plusHours(1).toInstant());

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Can we do Wednesday instead? Late afternoon.|2026-12-02T15:00",
            "could we do thursday instead? first thing|2026-12-03T09:00",
            "March 3rd is a bit far, anything in February, like the 12th?|2027-02-12T00:00",
            "Hmm, Monday is too soon. Could we do the 10th?|2026-12-10T00:00"})
    void givenOffers_whenAnotherDayIsAskedFor_thenThatDayWithThePartOfTheDaySaid(String text, String meant) {
        Object[] offered = {started(), new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotsOffered(CALL, OFFERS, HALF_HOUR, false, NOW.toInstant())};

        assertThat(payload(hear(understanding, offered, text, Expectation.CHOICE), SlotRequested.class)).as(text)
                .hasValueSatisfying(request -> assertThat(local(request.start())).isEqualTo(LocalDateTime.parse(meant)));
    }
}
