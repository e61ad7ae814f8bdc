package bella.domain.call;

/** What the caller wants from this utterance, as far as words alone tell. */
public enum Intent {
    BOOK, CANCEL, RESCHEDULE, HOURS, HUMAN, YES, NO, OTHER
}
