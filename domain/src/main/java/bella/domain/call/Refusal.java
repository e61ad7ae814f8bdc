package bella.domain.call;

/** Why the time a caller asked for cannot be booked. */
public enum Refusal {
    PAST, TOO_SOON, BEYOND_HORIZON, CLOSED_DAY, OUTSIDE_HOURS, TAKEN,
    /** Every time in the stretch the caller asked about ("tomorrow afternoon") is taken. */
    FULL
}
