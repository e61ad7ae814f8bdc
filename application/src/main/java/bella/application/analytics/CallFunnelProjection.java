package bella.application.analytics;

import bella.domain.call.BookingCompleted;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallStarted;
import bella.domain.call.Intent;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Records how far each call got towards a booking. The steps after the request to book count only calls that asked
 * to book, so that a caller moving a booking (who also asks for a time and hears it read back) does not swell a
 * funnel that ends in new bookings.
 */
@ProcessingGroup("call-funnel")
public class CallFunnelProjection {

    private final CallFunnel funnel;

    public CallFunnelProjection(CallFunnel funnel) {
        this.funnel = funnel;
    }

    @EventHandler
    void on(CallStarted event) {
        funnel.started(event.callId(), event.at());
    }

    @EventHandler
    void on(IntentDetected event) {
        if (Intent.BOOK.name().equals(event.intent())) {
            funnel.reached(event.callId(), FunnelStep.ASKED_TO_BOOK, FunnelStep.STARTED);
        }
    }

    @EventHandler
    void on(SlotRequested event) {
        funnel.reached(event.callId(), FunnelStep.TIME_REQUESTED, FunnelStep.ASKED_TO_BOOK);
    }

    @EventHandler
    void on(SlotsOffered event) {
        funnel.reached(event.callId(), FunnelStep.SLOT_OFFERED, FunnelStep.ASKED_TO_BOOK);
    }

    /** A free time the caller asked for is taken at once, as good as offered. */
    @EventHandler
    void on(SlotAccepted event) {
        funnel.reached(event.callId(), FunnelStep.SLOT_OFFERED, FunnelStep.ASKED_TO_BOOK);
    }

    @EventHandler
    void on(BookingReadBack event) {
        funnel.reached(event.callId(), FunnelStep.READ_BACK, FunnelStep.ASKED_TO_BOOK);
    }

    @EventHandler
    void on(BookingCompleted event) {
        funnel.reached(event.callId(), FunnelStep.BOOKED, FunnelStep.ASKED_TO_BOOK);
    }

    @ResetHandler
    void reset() {
        funnel.clear();
    }
}
