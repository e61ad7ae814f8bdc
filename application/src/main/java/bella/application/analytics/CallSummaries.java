package bella.application.analytics;

import java.time.Instant;
import java.util.List;

/** The read model of one summary per call. Each change applies an event, so replaying the events rebuilds it. */
public interface CallSummaries {

    /** Records a call that began; recording it again changes nothing. */
    void started(String callSid, String caller, Instant at);

    /** The call was given a variant of Bella's wording; calls never given one keep none. */
    void variant(String callSid, String variant);

    /** The caller's answer of this turn was heard: turns become at least this many. */
    void turn(String callSid, int turn);

    /** The call made a new appointment. */
    void booked(String callSid);

    /** The call changed a booking: {@link Outcome#MOVED} or {@link Outcome#CANCELLED}. */
    void changed(String callSid, Outcome outcome);

    void failed(String callSid, String reason, String stage);

    /** The call is over; one that settled nothing else was {@link Outcome#ANSWERED}. */
    void ended(String callSid, Instant at, long lengthSeconds);

    /** Calls that began in [from, to), newest first. */
    List<CallSummary> startedBetween(Instant from, Instant to);

    void clear();
}
