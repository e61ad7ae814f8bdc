package bella.application.costs;

import bella.domain.booking.ConfirmationSent;
import bella.domain.booking.ReminderSent;
import bella.domain.call.CallEnded;
import bella.domain.call.CallStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;

import java.time.Instant;

/**
 * Keeps the billed usage: one item per call, billed by its length in whole minutes rounded up, as Twilio bills
 * inbound calls, and one per text Twilio took. Each new item is then checked against the month's alert threshold; a rebuild only recounts, since
 * the month's alert, if any, was raised when the usage first came in.
 */
@ProcessingGroup("usage")
public class UsageProjection {

    private static final long SECONDS_PER_MINUTE = 60;

    private final Usage usage;
    private final CostAlerts alerts;

    public UsageProjection(Usage usage, CostAlerts alerts) {
        this.usage = usage;
        this.alerts = alerts;
    }

    @EventHandler
    void on(CallStarted event) {
        usage.callStarted(event.callId(), event.at());
    }

    @EventHandler
    void on(CallEnded event, ReplayStatus replay) {
        usage.callBilled(event.callId(), (event.durationSeconds() + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE);
        if (!replay.isReplay()) {
            alerts.billed(event.at());
        }
    }

    @EventHandler
    void on(ConfirmationSent event, ReplayStatus replay) {
        texted(event.messageSid(), event.at(), replay);
    }

    @EventHandler
    void on(ReminderSent event, ReplayStatus replay) {
        texted(event.messageSid(), event.at(), replay);
    }

    private void texted(String messageSid, Instant at, ReplayStatus replay) {
        usage.textSent(messageSid, at);
        if (!replay.isReplay()) {
            alerts.billed(at);
        }
    }

    @ResetHandler
    void reset() {
        usage.clear();
    }
}
