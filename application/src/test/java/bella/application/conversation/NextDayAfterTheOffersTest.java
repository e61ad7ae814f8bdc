package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.CALL;
import static bella.application.conversation.HeardByTheCall.HALF_HOUR;
import static bella.application.conversation.HeardByTheCall.NOW;
import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.local;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.secondOfferReadBack;
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
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "The next day at ten", said to offers or a read-back a few days ahead: the day after the one offered. */
class NextDayAfterTheOffersTest {

    /** Tuesday, December 8th at 1, 1:30 and 2 in the afternoon: well after tomorrow. */
    private static final ZonedDateTime ONE = ZonedDateTime.of(2026, 12, 8, 13, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(ONE.toInstant(), ONE.plusMinutes(30).toInstant(),
            ONE.plusHours(1).toInstant());

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the next day at ten maybe?|2026-12-09T10:00",
            "hmm, could I do the day after at half past eleven|2026-12-09T11:30"})
    void givenOffers_whenTheNextDayIsAskedForAtAnHour_thenThatHourTheDayAfterTheOffers(String text, String meant) {
        Object[] offered = {started(), new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotsOffered(CALL, OFFERS, HALF_HOUR, false, NOW.toInstant())};

        assertRequested(hear(understanding, offered, text, Expectation.CHOICE), text, meant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"actually the next day at 3 would be better|2026-12-09T15:00"})
    void givenTheReadBack_whenTheNextDayIsAskedForAtAnHour_thenThatHourTheDayAfterIt(String text, String meant) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertRequested(done, text, meant);
    }

    private static void assertRequested(List<EventMessage<?>> done, String text, String meant) {
        assertThat(payload(done, SlotRequested.class)).as(text).hasValueSatisfying(
                request -> assertThat(local(request.start())).isEqualTo(LocalDateTime.parse(meant)));
    }
}
