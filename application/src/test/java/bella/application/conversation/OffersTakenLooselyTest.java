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
import bella.domain.call.CallerNamed;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offers taken as people take them: "the two fifty one" (the one at 2:50), "whichever is later"; and a caller who
 * says what they are doing ("I'm walking the dog") gives no name.
 */
class OffersTakenLooselyTest {

    private static final Instant AT = NOW.toInstant();
    /** Wednesday, December 2nd at 10, 11:20 and 2:50. */
    private static final ZonedDateTime DAY = ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(DAY.withHour(10).toInstant(),
            DAY.withHour(11).withMinute(20).toInstant(), DAY.withHour(14).withMinute(50).toInstant());

    private final Understanding understanding = NineToFive.understanding();

    private static Object[] offered() {
        return new Object[] {started(), new IntentDetected(CALL, "BOOK", AT),
                new SlotsOffered(CALL, OFFERS, HALF_HOUR, false, AT)};
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ok the two fifty one|3", "um, the eleven twenty one please|2", "whichever is later|3",
            "Whichever's earliest.|1", "whichever's sooner I guess|1"})
    void givenOffers_whenOneIsTakenByItsTimeAndOneOrBySuperlative_thenThatOfferIsAccepted(String text, int place) {
        List<EventMessage<?>> done = hear(understanding, offered(), text, Expectation.CHOICE);

        assertThat(payload(done, SlotAccepted.class)).as(text)
                .hasValueSatisfying(accepted -> assertThat(accepted.start()).isEqualTo(OFFERS.get(place - 1)));
    }

    @Test
    void givenOffers_whenTheCallerAsksToBeRungBackAndSaysWhatTheyAreDoing_thenAPersonAndNoNameNorTime() {
        List<EventMessage<?>> done = hear(understanding, offered(),
                "Sorry, can you ring me back later? I'm walking the dog.", Expectation.CHOICE);

        assertThat(payload(done, IntentDetected.class))
                .hasValueSatisfying(intent -> assertThat(intent.intent()).isEqualTo("HUMAN"));
        assertThat(payload(done, CallerNamed.class)).isEmpty();
        assertThat(payload(done, SlotRequested.class)).isEmpty();
    }
}
