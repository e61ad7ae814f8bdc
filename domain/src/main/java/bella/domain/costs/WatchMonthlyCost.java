package bella.domain.costs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The month's estimated Twilio bill stands at {@code estimateUsd}, against an alert threshold of {@code alertUsd}.
 *
 * @param month the business's month, as YYYY-MM
 */
public record WatchMonthlyCost(@TargetAggregateIdentifier String month, BigDecimal estimateUsd, BigDecimal alertUsd,
                               Instant at) {
}
