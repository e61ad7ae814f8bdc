package bella.application.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the owner's questions about calls from the read models. Days are the business's: a call belongs to the
 * day it began on in the business's zone, and so do the funnel steps it reached later.
 */
public class CallAnalytics {

    /**
     * Twilio ends every call after four hours at the latest: a call begun longer ago whose end was never reported
     * (a lost status callback) is over, not in progress for ever.
     */
    static final Duration LONGEST_CALL = Duration.ofHours(4);

    private final CallSummaries summaries;
    private final CallFunnel funnel;
    private final ZoneId zone;

    public CallAnalytics(CallSummaries summaries, CallFunnel funnel, ZoneId zone) {
        this.summaries = summaries;
        this.funnel = funnel;
        this.zone = zone;
    }

    /** The calls begun from {@code first} to {@code last}, both included, newest first; all or of one outcome. */
    public List<CallSummary> calls(LocalDate first, LocalDate last, Optional<Outcome> outcome) {
        return summaries.startedBetween(start(first), start(last.plusDays(1))).stream()
                .filter(call -> outcome.isEmpty() || outcome.get() == call.outcome())
                .toList();
    }

    /**
     * The calls going on at {@code now}, newest first. Calls begun a little after {@code now} count too: another
     * process on the same database may run a clock slightly ahead of this one.
     */
    public List<CallSummary> inProgress(Instant now) {
        return summaries.startedBetween(now.minus(LONGEST_CALL), now.plus(LONGEST_CALL)).stream()
                .filter(call -> call.endedAt() == null)
                .toList();
    }

    /** The conversion figures of the calls begun from {@code first} to {@code last}, both included. */
    public Conversion conversion(LocalDate first, LocalDate last) {
        List<CallSummary> calls = calls(first, last, Optional.empty());
        long bookings = calls.stream().mapToLong(CallSummary::bookings).sum();
        double rate = calls.isEmpty() ? 0 : (double) bookings / calls.size();
        return new Conversion(calls.size(), bookings, rate, byDay(calls, first, last),
                steps(funnel.callsAt(start(first), start(last.plusDays(1)))), failureReasons(calls),
                byVariant(calls));
    }

    /** How many of the calls begun from {@code first} to {@code last} began in each hour of the day, 0 to 23. */
    public List<Long> callsByHour(LocalDate first, LocalDate last) {
        long[] hours = new long[24];
        calls(first, last, Optional.empty())
                .forEach(call -> hours[call.startedAt().atZone(zone).getHour()]++);
        return Arrays.stream(hours).boxed().toList();
    }

    /** The average length of the calls begun from {@code first} to {@code last} that are over; empty if none is. */
    public Optional<Duration> averageLength(LocalDate first, LocalDate last) {
        var lengths = calls(first, last, Optional.empty()).stream()
                .map(CallSummary::length).filter(Objects::nonNull).mapToLong(Long::longValue).average();
        return lengths.isPresent() ? Optional.of(Duration.ofMillis(Math.round(lengths.getAsDouble() * 1000)))
                : Optional.empty();
    }

    private List<Conversion.Day> byDay(List<CallSummary> calls, LocalDate first, LocalDate last) {
        Map<LocalDate, List<CallSummary>> days = new HashMap<>();
        calls.forEach(call -> days.computeIfAbsent(day(call.startedAt()), day -> new ArrayList<>()).add(call));
        List<Conversion.Day> byDay = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<CallSummary> that = days.getOrDefault(day, List.of());
            byDay.add(new Conversion.Day(day, that.size(), that.stream().mapToLong(CallSummary::bookings).sum()));
        }
        return byDay;
    }

    private static List<Conversion.Step> steps(Map<FunnelStep, Long> reached) {
        List<Conversion.Step> steps = new ArrayList<>();
        for (FunnelStep step : FunnelStep.values()) {
            steps.add(new Conversion.Step(step.label(), reached.getOrDefault(step, 0L)));
        }
        return steps;
    }

    private static List<Conversion.FailureReason> failureReasons(List<CallSummary> calls) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        calls.stream().map(CallSummary::reason).filter(Objects::nonNull)
                .forEach(reason -> reasons.merge(reason, 1L, Long::sum));
        return reasons.entrySet().stream()
                .map(reason -> new Conversion.FailureReason(reason.getKey(), reason.getValue()))
                .sorted(Comparator.comparingLong(Conversion.FailureReason::calls).reversed()
                        .thenComparing(Conversion.FailureReason::reason))
                .toList();
    }

    private static List<Conversion.Variant> byVariant(List<CallSummary> calls) {
        // a null variant is a group of its own: the calls of a business that tries no variants
        Map<Optional<String>, long[]> variants = new HashMap<>();
        calls.forEach(call -> {
            long[] figures = variants.computeIfAbsent(Optional.ofNullable(call.variant()), variant -> new long[2]);
            figures[0]++;
            figures[1] += call.bookings();
        });
        return variants.entrySet().stream()
                .map(variant -> new Conversion.Variant(variant.getKey().orElse(null), variant.getValue()[0],
                        variant.getValue()[1]))
                .sorted(Comparator.comparingLong(Conversion.Variant::calls).reversed()
                        .thenComparing(Conversion.Variant::variant, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }
}
