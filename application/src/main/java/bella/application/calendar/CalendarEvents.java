package bella.application.calendar;

/** The owner's calendar, written to: one event per booked appointment. */
public interface CalendarEvents {

    /**
     * Creates the entry's event, or updates it when it already exists.
     *
     * @throws MirrorFailed when the calendar refused or could not be reached
     */
    void put(CalendarEntry entry);

    /** Deletes the appointment's event; an event already gone is not an error. */
    void remove(String appointmentId);

    /** Writing to the calendar failed; {@code retryable} tells a passing outage from a refusal that will recur. */
    class MirrorFailed extends RuntimeException {

        private final boolean retryable;

        public MirrorFailed(String reason, boolean retryable, Throwable cause) {
            super(reason, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
