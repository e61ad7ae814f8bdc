package bella.adapters.persistence.upcasting;

import bella.domain.call.BookingChanged;
import bella.domain.call.BookingChanged.Change;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link BookingChanged} revision 1 said what became of the booking in free text ("CANCELLED", "RESCHEDULED");
 * revision 2 holds it as a {@link Change}, or {@link Change#OTHER} for any other text.
 */
public final class BookingChangedUpcaster extends RevisionOneUpcaster {

    public BookingChangedUpcaster() {
        super(BookingChanged.class);
    }

    @Override
    void rewrite(ObjectNode payload) {
        payload.put("change", known(Change.class, payload.path("change").asText(), Change.OTHER).name());
    }
}
