package bella.domain.call;

/** What Bella has just asked, which tells how to read a bare answer ("John" to "your name?", "two" to a choice). */
public enum Expectation {
    INTENT, SERVICE, TIME, CHOICE, NAME, PHONE, CONFIRMATION, NOTHING
}
