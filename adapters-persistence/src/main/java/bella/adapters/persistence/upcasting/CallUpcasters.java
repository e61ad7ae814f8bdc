package bella.adapters.persistence.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.List;

/** Every upcaster of call events, for the event store's upcaster chain. */
public final class CallUpcasters {

    private CallUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new CallFailedUpcaster(), new CallerDeclinedUpcaster(), new RequestUnclearUpcaster(),
                new BookingChangedUpcaster());
    }
}
