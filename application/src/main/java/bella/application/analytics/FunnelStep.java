package bella.application.analytics;

import java.util.Locale;

/**
 * The steps of a call towards a booking, in order. Stored by name: steps may be added, never renamed. A call counts
 * once at each step it reached, whatever it did in between.
 */
public enum FunnelStep {
    STARTED,
    ASKED_TO_BOOK,
    TIME_REQUESTED,
    SLOT_OFFERED,
    READ_BACK,
    BOOKED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
