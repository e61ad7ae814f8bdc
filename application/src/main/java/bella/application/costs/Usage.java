package bella.application.costs;

import java.time.Instant;

/**
 * The read model of what Twilio bills, one row per billed item, dated when it began. Each change applies an event,
 * so replaying the events rebuilds it.
 */
public interface Usage {

    /** A call began; it is billed by the minutes its end reports. Recording it again changes nothing. */
    void callStarted(String callSid, Instant at);

    /** The call ended: its billed minutes, the network's length rounded up to whole minutes as Twilio bills. */
    void callBilled(String callSid, long minutes);

    /**
     * Twilio took a text. It is counted as one segment: Bella's texts are written to fit one, and the segments Twilio
     * billed are not recorded. Recording it again changes nothing.
     */
    void textSent(String messageSid, Instant at);

    /** What began in [from, to). */
    UsageTotals between(Instant from, Instant to);

    void clear();
}
