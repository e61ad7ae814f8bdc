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
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Among offers, a later or earlier time asked for with a bound ("something later than 11", "nothing earlier in the
 * morning?"): the diary is asked for that side of the offers, within the bound, and no offer is taken.
 */
class OffersBoundedByATimeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final Understanding understanding = NineToFive.understanding();

    private static List<EventMessage<?>> offeredThenHeard(Understanding understanding, String offers, String text) {
        List<Instant> starts = Arrays.stream(offers.split(" "))
                .map(time -> MONDAY.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant()).toList();
        Object[] offered = {started(), new IntentDetected(CALL, "BOOK", NOW.toInstant()),
                new SlotsOffered(CALL, starts, HALF_HOUR, false, NOW.toInstant())};
        return hear(understanding, offered, text, Expectation.CHOICE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "09:30 10:00 11:00|you wouldn't have something later than 11?|11:00|17:00",
            "13:00 13:30 14:00|and anything after 2?|14:00|17:00",
            "10:00 10:30 11:00|have you got anything later than 3 in the afternoon|15:00|17:00",
            "10:15 11:45 14:15|is there really nothing earlier in the morning?|09:00|10:15",
            "10:15 11:45 14:15|anything earlier than 10?|09:00|10:00"})
    void givenOffers_whenAnotherSideIsAskedForWithABound_thenTheDiaryIsAskedWithinIt(String offers, String text,
                                                                                   String after, String until) {
        List<EventMessage<?>> done = offeredThenHeard(understanding, offers, text);

        assertThat(payload(done, SlotAccepted.class)).as(text).isEmpty();
        assertThat(payload(done, SlotRequested.class)).as(text).hasValueSatisfying(request -> {
            assertThat(local(request.start())).isAfterOrEqualTo(MONDAY.atTime(LocalTime.parse(after)));
            assertThat(request.end()).isNotNull();
            assertThat(local(request.end())).isAfter(local(request.start()))
                    .isBeforeOrEqualTo(MONDAY.atTime(LocalTime.parse(until)));
        });
    }
}
