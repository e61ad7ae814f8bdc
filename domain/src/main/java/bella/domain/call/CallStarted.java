package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The phone rang and Bella answered; {@code from} is the caller's number in E.164, or null when withheld, and
 * {@code services} what the business offered then, the default first.
 */
@Revision("1")
public record CallStarted(String callId, String from, String to, String zone, List<String> services, Instant at)
        implements CallEvent {

    public CallStarted {
        // calls recorded before services could be named have no list: they offered none by name
        services = services == null ? List.of() : List.copyOf(services);
    }
}
