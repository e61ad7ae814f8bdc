package bella.bootstrap;

import bella.application.analytics.CallAnalytics;
import bella.application.analytics.Conversion;
import bella.application.costs.CostEstimate;
import bella.application.costs.Costs;
import bella.application.costs.UsageTotals;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The daily report and the month's Twilio costs, from the projections; under {@code /api}, so the owner's. */
@RestController
class UsageApi {

    private final CallAnalytics analytics;
    private final Costs costs;
    private final ZoneId zone;
    private final Clock clock;

    UsageApi(CallAnalytics analytics, Costs costs, Settings settings, Clock clock) {
        this.analytics = analytics;
        this.costs = costs;
        this.zone = settings.rules().zone();
        this.clock = clock;
    }

    /** One of the business's days (default yesterday, the last whole day): its calls, their outcome and usage. */
    @GetMapping(path = "/api/report", produces = MediaType.APPLICATION_JSON_VALUE)
    DailyReport report(@RequestParam(required = false) String date) {
        LocalDate day = date == null ? today().minusDays(1) : BusinessDays.day("date", date);
        Conversion figures = analytics.conversion(day, day);
        UsageTotals usage = costs.on(day);
        return new DailyReport(day, figures.calls(), figures.bookings(), figures.conversionRate(),
                figures.failureReasons(), usage.minutes(), usage.texts());
    }

    /** One of the business's months (default this one): its billed usage and what it is estimated to cost. */
    @GetMapping(path = "/api/costs", produces = MediaType.APPLICATION_JSON_VALUE)
    MonthlyCosts costs(@RequestParam(required = false) String month) {
        CostEstimate estimate = costs.estimate(month == null ? YearMonth.from(today()) : month(month));
        UsageTotals usage = estimate.usage();
        return new MonthlyCosts(estimate.month().toString(), usage.calls(), usage.minutes(), usage.texts(),
                estimate.perMinuteUsd(), estimate.perTextUsd(), estimate.voiceUsd(), estimate.textsUsd(),
                estimate.totalUsd(), estimate.alertUsd(), estimate.alertPassed());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQuery("month must be a month as YYYY-MM");
        }
    }

    /**
     * A day's calls as the original service reported them each day.
     *
     * @param failures why calls failed, most frequent first
     * @param minutes  the voice minutes billed for the day's calls
     * @param texts    the text segments sent that day
     */
    record DailyReport(LocalDate date, long calls, long bookings, double conversionRate,
                       List<Conversion.FailureReason> failures, long minutes, long texts) {
    }

    /** A month's billed usage and estimated Twilio charges in US dollars, with the rates they were estimated at. */
    record MonthlyCosts(String month, long calls, long minutes, long texts, BigDecimal perMinuteUsd,
                        BigDecimal perTextUsd, BigDecimal voiceUsd, BigDecimal textsUsd, BigDecimal totalUsd,
                        BigDecimal alertUsd, boolean alertPassed) {
    }
}
