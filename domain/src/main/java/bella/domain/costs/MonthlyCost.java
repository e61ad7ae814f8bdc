package bella.domain.costs;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One month's watch over the estimated Twilio bill, identified by the month (YYYY-MM). It decides whether an
 * estimate warrants an alert, so however often and from wherever the estimate is reported, the owner is warned once.
 */
public class MonthlyCost {

    @AggregateIdentifier
    private String month;
    private boolean alerted;

    protected MonthlyCost() {
        // for Axon's event sourcing
    }

    /** @return whether this estimate raised the month's alert */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(WatchMonthlyCost command) {
        if (alerted || command.estimateUsd().compareTo(command.alertUsd()) <= 0) {
            return false;
        }
        apply(new CostAlertRaised(command.month(), command.estimateUsd(), command.alertUsd(), command.at()));
        return true;
    }

    @EventSourcingHandler
    void on(CostAlertRaised event) {
        month = event.month();
        alerted = true;
    }
}
