package bella.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.Understanding;
import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the answers to Bella's offers ({@link OfferAnswers}). When the first set was first run, before any reader
 * was changed for it, the understanding alone read 84 % of the picks, 86 % of the other times, 85 % of the shifts and
 * 84 % of the declines and errands. The second set, written after those fixes, went through the Call at first at
 * 83.6 %, 93.3 %, 86.7 % and 85.0 %; the third, after both, at 86.7 %, 96.0 %, 91.7 % and 94.4 %.
 */
class ChoosingAnOfferTest {

    @Test
    void eachKindOfAnswerDoesWhatTheCallerMeantAtLeast95PercentOfTheTime() throws IOException {
        List<String> misses = new ArrayList<>();
        Map<String, int[]> tally = OfferAnswers.score(
                new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of()), misses);

        assertThat(tally.keySet()).containsExactlyInAnyOrder("pick", "other time", "shift", "decline or errand");
        tally.forEach((kind, counts) -> assertThat(100.0 * counts[0] / counts[1]).as(kind + " " + misses)
                .isGreaterThanOrEqualTo(95));
    }
}
