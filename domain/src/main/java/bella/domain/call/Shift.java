package bella.domain.call;

/** Which way from the times on offer the caller asked to look: "anything earlier?", "anything later?". */
public enum Shift {
    EARLIER, LATER
}
