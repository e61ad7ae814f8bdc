package bella.application.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The conversion figures of the calls begun on a range of the business's days.
 *
 * @param calls          calls begun in the range
 * @param bookings       new appointments those calls made
 * @param conversionRate bookings per call, 0 when there were no calls
 * @param byDay          every day of the range, in order, days without calls included
 * @param funnel         every step in order, steps no call reached included
 * @param failureReasons reasons calls failed, most frequent first
 * @param byVariant      prompt variants the callers heard (null where calls had none), most calls first
 */
public record Conversion(long calls, long bookings, double conversionRate, List<Day> byDay, List<Step> funnel,
                         List<FailureReason> failureReasons, List<Variant> byVariant) {

    public record Day(LocalDate date, long calls, long bookings) {
    }

    public record Step(String step, long calls) {
    }

    public record FailureReason(String reason, long calls) {
    }

    public record Variant(String variant, long calls, long bookings) {
    }
}
