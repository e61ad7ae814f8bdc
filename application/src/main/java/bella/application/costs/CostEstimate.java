package bella.application.costs;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's Twilio charges as estimated from its billed usage, in US dollars rounded to the cent.
 *
 * @param alertPassed whether the total is past the alert threshold
 */
public record CostEstimate(YearMonth month, UsageTotals usage, BigDecimal perMinuteUsd, BigDecimal perTextUsd,
                           BigDecimal voiceUsd, BigDecimal textsUsd, BigDecimal totalUsd, BigDecimal alertUsd,
                           boolean alertPassed) {
}
