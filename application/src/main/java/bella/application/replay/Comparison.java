package bella.application.replay;

import java.util.List;

/**
 * A recorded call set beside its re-run through today's code.
 *
 * @param firstDifference the index of the first step where the two differ, including a step only one of them has;
 *                        null when they are the same throughout
 */
public record Comparison(List<Step> original, List<Step> rerun, Integer firstDifference) {

    public Comparison {
        original = List.copyOf(original);
        rerun = List.copyOf(rerun);
    }

    static Comparison of(List<Step> original, List<Step> rerun) {
        int shorter = Math.min(original.size(), rerun.size());
        for (int i = 0; i < shorter; i++) {
            if (!original.get(i).equals(rerun.get(i))) {
                return new Comparison(original, rerun, i);
            }
        }
        return new Comparison(original, rerun, original.size() == rerun.size() ? null : shorter);
    }
}
