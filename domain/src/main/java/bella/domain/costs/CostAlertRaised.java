package bella.domain.costs;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** The month's estimated Twilio bill passed the owner's alert threshold: raised once a month at most. */
@Revision("1")
public record CostAlertRaised(String month, BigDecimal estimateUsd, BigDecimal alertUsd, Instant at) {
}
