package bella.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.NineToFive;
import bella.application.understanding.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Guards the answers heard inside a call ({@link OfferAnswers}, {@link ReadBackAnswers}): each kind must do what the
 * caller meant at least 95 % of the time, but corrected names at least 92 %: the fourth, fifth and sixth sets brought
 * them down on their first runs. First runs, before any reader was changed for a set:
 * <ul>
 *   <li>to offers, picks / other times / shifts / declines and errands: first set 84 / 86 / 85 / 84 % (the
 *       understanding alone), second 83.6 / 93.3 / 86.7 / 85.0 %, third 86.7 / 96.0 / 91.7 / 94.4 %, fourth 90.0 /
 *       88.2 / 100 / 100 %, fifth 94.4 / 71.4 / 100 / 100 %, sixth 96.8 / 85.0 / 66.7 / 77.8 %, seventh 94.3 /
 *       90.0 / 100 / 90.0 %;</li>
 *   <li>to the read-back, yes / no / another time / a corrected name: first set 95.6 / 88.0 / 68.0 / 60.0 %, second
 *       97.1 / 80.0 / 82.5 / 88.0 %, third 96.7 / 100 / 94.3 / 80.0 %, fourth 92.9 / 100 / 93.3 / 78.6 %, fifth
 *       100 / 100 / 89.5 / 93.8 %, sixth 94.1 / 80.0 / 88.2 / 69.2 %, seventh 94.4 / 100 / 88.9 / 100 %.</li>
 * </ul>
 */
@Execution(ExecutionMode.CONCURRENT)
class AnswersInTheCallTest {

    private final Understanding understanding = NineToFive.understanding();

    @Test
    void eachKindOfAnswerToTheOffersDoesWhatTheCallerMeantAtLeast95PercentOfTheTime() {
        assertEachKind(OfferAnswers::score, Map.of("pick", 95, "other time", 95, "shift", 95, "decline or errand", 95));
    }

    @Test
    void eachKindOfAnswerToTheReadBackDoesWhatTheCallerMeantAtLeast95PercentOfTheTimeAndNamesAt92() {
        assertEachKind(ReadBackAnswers::score, Map.of("yes", 95, "no", 95, "time", 95, "name", 92));
    }

    /** Each kind of answer scored at least its bar, in per cent. */
    private void assertEachKind(BiFunction<Understanding, List<String>, Map<String, int[]>> score,
                                Map<String, Integer> bars) {
        List<String> misses = new ArrayList<>();
        Map<String, int[]> tally = score.apply(understanding, misses);

        assertThat(tally.keySet()).containsExactlyInAnyOrderElementsOf(bars.keySet());
        tally.forEach((kind, counts) -> assertThat(100.0 * counts[0] / counts[1]).as(kind + " " + misses)
                .isGreaterThanOrEqualTo(bars.get(kind)));
    }
}
