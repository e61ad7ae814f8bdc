package bella.bootstrap;

import bella.application.costs.Rates;
import org.springframework.core.env.Environment;

import java.math.BigDecimal;

/**
 * Twilio's prices and the owner's alert threshold, in US dollars: {@code COST_PER_MINUTE_USD} (default 0.0085, a
 * minute of an inbound call to a US or Canadian local number), {@code COST_PER_TEXT_USD} (default 0.0083, a segment
 * of a text to such a number) and {@code COST_ALERT_USD} (default 30, the original service's alert).
 */
final class CostSettings {

    private static final BigDecimal MOST_USD = new BigDecimal("1000000");

    private CostSettings() {
    }

    static Rates rates(Environment env) {
        return new Rates(usd(env, "COST_PER_MINUTE_USD", "0.0085"), usd(env, "COST_PER_TEXT_USD", "0.0083"),
                usd(env, "COST_ALERT_USD", "30"));
    }

    private static BigDecimal usd(Environment env, String name, String fallback) {
        String value = env.getProperty(name, fallback).strip();
        try {
            BigDecimal usd = new BigDecimal(value);
            if (usd.signum() >= 0 && usd.compareTo(MOST_USD) < 0) {
                return usd;
            }
        } catch (NumberFormatException unreadable) {
            // reported below with what is accepted
        }
        throw new BadSetting(name, value, "an amount of US dollars such as " + fallback);
    }
}
