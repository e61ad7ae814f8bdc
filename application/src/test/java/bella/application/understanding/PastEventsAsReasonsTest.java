package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * A caller who tells what happened ("since yesterday evening", "last night") as the reason for calling asks for the
 * time still to come that they name, and "can you see him this afternoon" asks for a booking.
 */
class PastEventsAsReasonsTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood read(String said) {
        return understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING);
    }

    @Test
    void givenSinceWhenAndAPartOfTodayAsked_whenRead_thenTodaysPartIsBooked() {
        Understood heard = read("my dog has been limping since yesterday evening, could you see him this afternoon?");

        assertThat(heard.intent()).isEqualTo(Intent.BOOK);
        assertThat(heard.start().atZone(TORONTO).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(heard.start().atZone(TORONTO).toLocalTime()).isAfterOrEqualTo(LocalTime.NOON);
    }

    @Test
    void givenLastNightAsTheReason_whenADayAheadIsAsked_thenThatDay() {
        Understood heard = read("I twisted my wrist last night, can anybody see me tomorrow, maybe mid morning");

        assertThat(heard.intent()).isEqualTo(Intent.BOOK);
        assertThat(heard.start().atZone(TORONTO).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void givenOnlyATimeGoneBy_whenRead_thenNoBooking() {
        assertThat(read("I think I dropped my gloves in your waiting room yesterday").intent())
                .isEqualTo(Intent.OTHER);
    }
}
