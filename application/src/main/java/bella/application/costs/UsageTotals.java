package bella.application.costs;

/**
 * Billed usage over a period.
 *
 * @param calls   calls begun in it
 * @param minutes their billed voice minutes (calls still going on count none yet)
 * @param texts   text message segments sent in it
 */
public record UsageTotals(long calls, long minutes, long texts) {
}
