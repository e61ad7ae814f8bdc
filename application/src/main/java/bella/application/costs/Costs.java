package bella.application.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Answers how much was used and what it costs, on the business's days and months. */
public class Costs {

    private final Usage usage;
    private final Rates rates;
    private final ZoneId zone;

    public Costs(Usage usage, Rates rates, ZoneId zone) {
        this.usage = usage;
        this.rates = rates;
        this.zone = zone;
    }

    /** The usage of the calls and texts begun on the business's day. */
    public UsageTotals on(LocalDate day) {
        return usage.between(start(day), start(day.plusDays(1)));
    }

    public CostEstimate estimate(YearMonth month) {
        UsageTotals totals = usage.between(start(month.atDay(1)), start(month.plusMonths(1).atDay(1)));
        BigDecimal voice = cents(rates.perMinuteUsd().multiply(BigDecimal.valueOf(totals.minutes())));
        BigDecimal texts = cents(rates.perTextUsd().multiply(BigDecimal.valueOf(totals.texts())));
        BigDecimal total = voice.add(texts);
        return new CostEstimate(month, totals, rates.perMinuteUsd(), rates.perTextUsd(), voice, texts, total,
                rates.alertUsd(), total.compareTo(rates.alertUsd()) > 0);
    }

    /** The business's month an instant falls in. */
    public YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP);
    }
}
