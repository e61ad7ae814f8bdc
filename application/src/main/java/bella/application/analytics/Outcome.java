package bella.application.analytics;

import java.util.Locale;
import java.util.Optional;

/** How a call ended for the caller; the API names each in lower case. */
public enum Outcome {
    /** The caller booked a new appointment. */
    BOOKED,
    /** The caller moved a booking. */
    MOVED,
    /** The caller cancelled a booking. */
    CANCELLED,
    /** The caller was served without a booking change: the hours, a question, a transfer. */
    ANSWERED,
    /** Bella could not serve the caller: they hung up mid-question or were not understood. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome of this label, or empty when there is none such. */
    public static Optional<Outcome> ofLabel(String label) {
        for (Outcome outcome : values()) {
            if (outcome.label().equals(label)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
