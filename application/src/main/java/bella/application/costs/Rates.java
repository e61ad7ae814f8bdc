package bella.application.costs;

import java.math.BigDecimal;

/** What Twilio charges, in US dollars: per voice minute, per text segment; and the month's alert threshold. */
public record Rates(BigDecimal perMinuteUsd, BigDecimal perTextUsd, BigDecimal alertUsd) {
}
