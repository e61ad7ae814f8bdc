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
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers to offers and to the read-back that lean on what Bella just said: the day on offer ("that day", "the day
 * after"), the place of an offer ("the latest one you said"), an hour hedged, and a value refused then corrected.
 */
class OffersAndReadBackHeardTest {

    private static final Instant AT = NOW.toInstant();
    /** Wednesday, December 2nd at 1, 1:30 and 2 in the afternoon. */
    private static final ZonedDateTime ONE = ZonedDateTime.of(2026, 12, 2, 13, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(ONE.toInstant(), ONE.plusMinutes(30).toInstant(),
            ONE.plusHours(1).toInstant());

    private final Understanding understanding = NineToFive.understanding();

    private static Object[] offered() {
        return new Object[] {started(), new IntentDetected(CALL, "BOOK", AT),
                new SlotsOffered(CALL, OFFERS, HALF_HOUR, false, AT)};
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "is there a possibility of 4 on that day|2026-12-02T16:00",
            "what about the following day, around ten|2026-12-03T10:00",
            "hmm, the day before at 3 maybe|2026-12-01T15:00"})
    void givenOffersOnOneDay_whenAnotherHourIsAskedForRelativeToThatDay_thenThatHourIsAskedOfTheDiary(String text,
                                                                                                   String meant) {
        List<EventMessage<?>> done = hear(understanding, offered(), text, Expectation.CHOICE);

        assertThat(payload(done, SlotRequested.class)).as(text)
                .hasValueSatisfying(request -> assertThat(local(request.start())).isEqualTo(LocalDateTime.parse(meant)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "um, two I suppose|3", "the latest one you mentioned|3", "ok the last one|3", "well, 2 I think|3"})
    void givenOffers_whenOneIsTakenByAHedgedHourOrItsPlace_thenThatOfferIsAccepted(String text, int place) {
        List<EventMessage<?>> done = hear(understanding, offered(), text, Expectation.CHOICE);

        assertThat(payload(done, SlotAccepted.class)).as(text)
                .hasValueSatisfying(accepted -> assertThat(accepted.start()).isEqualTo(OFFERS.get(place - 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no, not the 2nd, the 4th, at 10|2026-12-04T10:00",
            "can't make the 2nd, monday the 7th at 11 works|2026-12-07T11:00"})
    void givenTheReadBack_whenAValueIsRefusedThenCorrected_thenTheCorrectionIsAskedOfTheDiary(String text,
                                                                                          String meant) {
        List<EventMessage<?>> done = hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION);

        assertThat(payload(done, SlotRequested.class)).as(text)
                .hasValueSatisfying(request -> assertThat(local(request.start())).isEqualTo(LocalDateTime.parse(meant)));
    }
}
