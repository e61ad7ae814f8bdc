package bella.application.analytics;

import bella.domain.call.BookingChanged;
import bella.domain.call.BookingCompleted;
import bella.domain.call.CallEnded;
import bella.domain.call.CallFailed;
import bella.domain.call.CallStarted;
import bella.domain.call.KeyNotOffered;
import bella.domain.call.PromptVariantAssigned;
import bella.domain.call.UtteranceHeard;
import bella.domain.call.UtteranceNotUnderstood;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.Locale;

/** Keeps one summary per call: who called, when, how many turns, and how it ended. */
@ProcessingGroup("call-summaries")
public class CallSummariesProjection {

    private final CallSummaries summaries;

    public CallSummariesProjection(CallSummaries summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(CallStarted event) {
        summaries.started(event.callId(), event.from(), event.at());
    }

    @EventHandler
    void on(PromptVariantAssigned event) {
        summaries.variant(event.callId(), event.variant());
    }

    @EventHandler
    void on(UtteranceHeard event) {
        summaries.turn(event.callId(), event.turn());
    }

    @EventHandler
    void on(UtteranceNotUnderstood event) {
        summaries.turn(event.callId(), event.turn());
    }

    @EventHandler
    void on(KeyNotOffered event) {
        summaries.turn(event.callId(), event.turn());
    }

    @EventHandler
    void on(BookingCompleted event) {
        summaries.booked(event.callId());
    }

    @EventHandler
    void on(BookingChanged event) {
        if (event.change() == BookingChanged.Change.CANCELLED) {
            summaries.changed(event.callId(), Outcome.CANCELLED);
        } else if (event.change() == BookingChanged.Change.RESCHEDULED) {
            summaries.changed(event.callId(), Outcome.MOVED);
        }
        // a change older code recorded in words this version cannot read names no outcome
    }

    /** The reason and stage are kept as the API names them: their enum names in lower case. */
    @EventHandler
    void on(CallFailed event) {
        summaries.failed(event.callId(), event.reason().name().toLowerCase(Locale.ROOT),
                event.stage().name().toLowerCase(Locale.ROOT));
    }

    @EventHandler
    void on(CallEnded event) {
        summaries.ended(event.callId(), event.at(), event.durationSeconds());
    }

    @ResetHandler
    void reset() {
        summaries.clear();
    }
}
