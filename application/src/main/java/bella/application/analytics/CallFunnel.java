package bella.application.analytics;

import java.time.Instant;
import java.util.Map;

/** The read model of the funnel steps each call reached, dated by the call's start. */
public interface CallFunnel {

    /** Records a call at {@link FunnelStep#STARTED}; recording it again changes nothing. */
    void started(String callSid, Instant at);

    /**
     * Records the call at {@code step} if it already stands at {@code after}: a call counts at most once per step,
     * and only steps on the way to the booking it asked for.
     */
    void reached(String callSid, FunnelStep step, FunnelStep after);

    /** How many calls begun in [from, to) reached each step; steps no call reached are absent. */
    Map<FunnelStep, Long> callsAt(Instant from, Instant to);

    void clear();
}
