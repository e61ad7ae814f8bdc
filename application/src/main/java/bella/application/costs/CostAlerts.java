package bella.application.costs;

import bella.domain.costs.WatchMonthlyCost;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Reports the month's estimate to the month's {@code MonthlyCost} once it is past the threshold; the aggregate
 * decides whether that is news, and the first time it is, one line is logged at WARN. Only the month under way is
 * watched: usage of months gone by that comes in late (the projection catching up on an upgraded database) is
 * counted but raises no alert about a bill already paid.
 */
public class CostAlerts {

    private static final Logger log = LoggerFactory.getLogger(CostAlerts.class);

    private final Costs costs;
    private final CommandGateway commands;
    private final Clock clock;

    public CostAlerts(Costs costs, CommandGateway commands, Clock clock) {
        this.costs = costs;
        this.commands = commands;
        this.clock = clock;
    }

    /** Something billed was recorded at {@code at}: check the estimate of its month. */
    void billed(Instant at) {
        YearMonth month = costs.monthOf(at);
        if (!month.equals(costs.monthOf(clock.instant()))) {
            return;
        }
        CostEstimate estimate = costs.estimate(month);
        if (!estimate.alertPassed()) {
            return;
        }
        Boolean raised = commands.sendAndWait(new WatchMonthlyCost(estimate.month().toString(),
                estimate.totalUsd(), estimate.alertUsd(), at));
        if (Boolean.TRUE.equals(raised)) {
            log.warn("Twilio costs for {} are estimated at ${}, past COST_ALERT_USD={} ({} voice minutes, {} texts)",
                    estimate.month(), estimate.totalUsd(), estimate.alertUsd(), estimate.usage().minutes(),
                    estimate.usage().texts());
        }
    }
}
