package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

import static bella.domain.PersonalData.Kind.NUMBER;

/**
 * The phone rang and Bella answered; {@code from} is the caller's number in E.164, or null when withheld, and
 * {@code services} what the business offered then, the default first.
 */
@Revision("1")
public record CallStarted(@PersonalDataKey String callId, @PersonalData(NUMBER) String from, String to,
                          String zone, List<String> services, Instant at) implements CallEvent {

    public CallStarted {
        // calls recorded before services could be named have no list: they offered none by name
        services = services == null ? List.of() : List.copyOf(services);
    }
}
