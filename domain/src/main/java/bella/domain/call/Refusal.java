package bella.domain.call;

/**
 * Why the time a caller asked for cannot be booked. Stored by name in {@link SlotUnavailable}: values may be added,
 * never renamed or given another meaning.
 */
public enum Refusal {
    PAST,
    /** It starts sooner than the business's minimum notice allows. */
    TOO_SOON,
    BEYOND_HORIZON, CLOSED_DAY, OUTSIDE_HOURS,
    /**
     * Another booking or busy time overlaps the time itself. Before {@link #BUFFER} existed, it also stood for a
     * time refused only for the buffer: count both for the old meaning.
     */
    TAKEN,
    /** Every time in the stretch the caller asked about ("tomorrow afternoon") is taken. */
    FULL,
    /** The time itself is free, but the buffer the business keeps around another booking or busy time covers it. */
    BUFFER,
    /** It falls in, or runs into, a break between the day's opening periods (a lunch break). */
    BREAK
}
