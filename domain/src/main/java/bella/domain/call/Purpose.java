package bella.domain.call;

/** What the caller is trying to get done: a new booking, or a change to one they have. */
public enum Purpose {
    BOOK, RESCHEDULE, CANCEL
}
