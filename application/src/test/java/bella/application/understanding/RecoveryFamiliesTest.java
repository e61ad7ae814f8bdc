package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Families of answers new callers needed to repeat or correct, read right the first time. */
class RecoveryFamiliesTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood understand(String text, Expectation expecting) {
        return understanding.understand(text, expecting, TUESDAY_MORNING);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(TORONTO).toLocalDateTime();
    }

    @Test
    void givenAMisHeardNumberAfterAt_whenRead_thenItIsTheHour() {
        Understood heard = understand("thursday at too", Expectation.TIME);

        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 0));
    }

    @Test
    void givenATimeWithItsVerbRunTogether_whenChoosing_thenTheTimeIsReadWithTheYes() {
        Understood heard = understand("twelve thirty's fine", Expectation.CHOICE);

        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 3, 3, 12, 30));
        assertThat(heard.timeSaid()).isTrue();
    }

    @Test
    void givenTheLatestAskedForOnADay_whenRead_thenTheEndOfThatDaysHours() {
        Understood heard = understand("what's the latest appointment you've got on friday", Expectation.TIME);

        assertThat(local(heard.end())).isEqualTo(LocalDateTime.of(2026, 3, 6, 17, 0));
        assertThat(heard.timeSaid()).isTrue();
    }

    @Test
    void givenTheLatestOfTheOffersQuestioned_whenChoosing_thenItIsNoEndOfTheDay() {
        Understood heard = understand("is that the latest you have", Expectation.CHOICE);

        assertThat(heard.start()).isNull();
    }

    @Test
    void givenTheClosureStatedWithAnotherDay_whenRead_thenThatDayIsAskedForNotTheHours() {
        Understood heard = understand("oh, you're closed that day? thursday the 12th then", Expectation.TIME);

        assertThat(heard.intent()).isNotEqualTo(Intent.HOURS);
        assertThat(local(heard.start())).isEqualTo(LocalDateTime.of(2026, 3, 12, 0, 0));
    }
}
