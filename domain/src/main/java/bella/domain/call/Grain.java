package bella.domain.call;

/** How precisely the caller named a time: "at 2:30" is a minute, "tomorrow" a day. */
public enum Grain {
    MINUTE, HOUR, DAY, WEEK, MONTH
}
