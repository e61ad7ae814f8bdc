package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the reading of phrasings written apart from this code. Each set's first run, before any reader was changed
 * for it, scored: the first, intent 95.7 %, day 93.3 %, time 95.1 %, part of day 93.3 %, name 86.4 %, phone 80.0 %;
 * the second (after the first's fixes), intent 97.6 %, day 97.1 %, time 93.9 %, part of day 97.3 %, name 85.7 %,
 * phone 93.8 %; the third (after both), intent 96.7 %, day 100 %, time 100 %, part of day 96.6 %, name 90.0 %,
 * phone 86.7 %; the fourth (after all three and the answers to offers and read-backs), intent 97.5 %, day 97.8 %,
 * time 98.5 %, part of day 97.0 %, name 97.6 %, phone 93.3 %; the fifth, 120 answers about names from many
 * cultures, intent 100 %, name 82.2 %, phone 90.0 %; the sixth, 236 phrasings written after the lexicons and by
 * someone who had not read them, intent 95.9 %, day 98.3 %, time 97.4 %, part of day 97.1 %, name 93.3 %, phone
 * 92.6 %; the seventh, 263 phrasings written after the grammar rules by someone who had read neither the code nor
 * the other sets, intent 95.9 %, day 91.1 %, time 100 %, part of day 94.6 %, name 96.1 %, phone 87.1 %; the eighth,
 * 267 phrasings written after those sets' families were fixed, by someone who had read neither the code nor the
 * other sets, intent 96.1 %, day 94.6 %, time 100 %, part of day 88.9 %, name 96.5 %, phone 93.9 %; the ninth,
 * 271 phrasings written after the eighth's families were fixed, by someone who had read neither the code nor the
 * other sets, intent 94.9 %, day 96.5 %, time 98.6 %, part of day 98.0 %, name 90.9 %, phone 94.4 %. Each kind must
 * stay at 97 % or above.
 */
class CallerPhrasingsTest {

    private final Understanding understanding = NineToFive.understanding();

    @Test
    void everyKindOfValueIsReadInAtLeast97PercentOfThePhrasings() {
        Map<String, int[]> tally = CallerPhrasings.tally(CallerPhrasings.check(understanding));

        assertThat(tally.keySet()).containsExactlyInAnyOrder("intent", "day", "time", "part of day", "name", "phone");
        tally.forEach((what, counts) -> assertThat(100.0 * counts[0] / counts[1]).as(what)
                .isGreaterThanOrEqualTo(97));
    }
}
