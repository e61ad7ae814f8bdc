package bella.application.conversation;

import static bella.application.conversation.HeardByTheCall.ZONE;
import static bella.application.conversation.HeardByTheCall.hear;
import static bella.application.conversation.HeardByTheCall.local;
import static bella.application.conversation.HeardByTheCall.payload;
import static bella.application.conversation.HeardByTheCall.secondOfferReadBack;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import bella.domain.call.Expectation;
import bella.domain.call.SlotRequested;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time read back corrected: the day the caller says they meant ("the 8th? I meant the 10th"), at the time read
 * back; "X instead of Y", X; a day of the month alone, in the month read back.
 */
class TimeCorrectedAtTheReadBackTest {

    /** Tuesday, December 8th at 1:30 in the afternoon is read back: the second of three offers. */
    private static final ZonedDateTime ONE = ZonedDateTime.of(2026, 12, 8, 13, 0, 0, 0, ZONE);
    private static final List<Instant> OFFERS = List.of(ONE.toInstant(), ONE.plusMinutes(30).toInstant(),
            ONE.plusHours(1).toInstant());

    /** Monday, January 11th at 1, 1:30 and 2: the read-back is of a month ahead. */
    private static final ZonedDateTime JANUARY = ZonedDateTime.of(2027, 1, 11, 13, 0, 0, 0, ZONE);

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hold on, the 8th? I meant the 10th. Same time|2026-12-10T13:30",
            "could it be 2 instead of 1:30?|2026-12-08T14:00",
            "would it be 11 instead|2026-12-08T11:00"})
    void givenTheReadBack_whenTheCallerCorrectsIt_thenTheTimeTheyMeant(String text, String meant) {
        assertThat(payload(hear(understanding, secondOfferReadBack(OFFERS), text, Expectation.CONFIRMATION),
                SlotRequested.class)).as(text)
                .hasValueSatisfying(request -> assertThat(local(request.start())).isEqualTo(LocalDateTime.parse(meant)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no, the 14th|2027-01-14T13:30", "no, the 8th at 10|2027-01-08T10:00"})
    void givenTheReadBackOfAMonthAhead_whenADayOfTheMonthIsSaidAlone_thenThatDayOfThatMonth(String text, String meant) {
        List<Instant> offers = List.of(JANUARY.toInstant(), JANUARY.plusMinutes(30).toInstant(),
                JANUARY.plusHours(1).toInstant());

        assertThat(payload(hear(understanding, secondOfferReadBack(offers), text, Expectation.CONFIRMATION),
                SlotRequested.class)).as(text)
                .hasValueSatisfying(request -> assertThat(local(request.start())).isEqualTo(LocalDateTime.parse(meant)));
    }
}
