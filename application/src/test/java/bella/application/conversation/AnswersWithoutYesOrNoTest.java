package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.secondOfferReadBack;
import static bella.application.conversation.HeardByTheCall.started;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.BookingConfirmedByCaller;
import bella.domain.call.CallerDeclined;
import bella.domain.call.Expectation;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Declines and agreements said without a yes or a no, at the read-back and among offers. */
class AnswersWithoutYesOrNoTest {

    /** Thursday, December 3rd at 2, 2:30 and 3 in the afternoon. */
    private static final ZonedDateTime TWO = ZonedDateTime.of(2026, 12, 3, 14, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(TWO.toInstant(), TWO.plusMinutes(30).toInstant(),
            TWO.plusHours(1).toInstant());

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @ValueSource(strings = {"hold off for now, my sister might need the car", "please don't, it's a bit far for me",
            "let's not, actually", "I'd rather not in the end"})
    void givenTheReadBack_whenTheCallerPutsItOffOrAsksBellaNotTo_thenTheyDecline(String text) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(payload(done, CallerDeclined.class)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"that's it, thank you kindly", "sounds right to me", "looks about right",
            "spot on, cheers"})
    void givenTheReadBack_whenTheCallerSaysItIsAsItShouldBe_thenItIsBooked(String text) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(payload(done, BookingConfirmedByCaller.class)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hold off on those, I need to check with work", "let's not do any of them"})
    void givenOffers_whenTheCallerPutsThemOff_thenTheyDecline(String text) {
        Object[] offered = {started(), new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotsOffered(CALL, OFFERS, HALF_HOUR, false, NOW.toInstant())};

        List<EventMessage<?>> done = hear(understanding, offered, text, Expectation.CHOICE);

        assertThat(payload(done, CallerDeclined.class)).as(text).isPresent();
    }
}
