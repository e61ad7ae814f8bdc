package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Answer a call.
 *
 * @param from       the caller's number in E.164, or null when withheld or unusable
 * @param knownName  the name this number booked under before, or null
 * @param zone       the business's time zone, in which the caller hears and says times
 * @param upcoming   the caller's upcoming bookings, which they may change or cancel
 * @param services   the services the business offers, the default first; with more than one, Bella asks which
 * @param variant    the wording this call is given, or null when the owner tries no variants
 * @param recording  whether calls may be recorded: the greeting then says so, and Bella may take messages
 */
public record StartCall(@TargetAggregateIdentifier String callId, String from, String to, ZoneId zone,
                        String knownName, List<CallerBooking> upcoming, List<String> services, Instant at,
                        PromptVariant variant, boolean recording) {

    public StartCall {
        upcoming = List.copyOf(upcoming);
        services = List.copyOf(services);
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(at, "at");
    }
}
