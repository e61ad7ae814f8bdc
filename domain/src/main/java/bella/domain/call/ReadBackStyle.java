package bella.domain.call;

/**
 * How Bella reads a new booking back before making it. Every style says the service when the caller chose one, the
 * caller's name when given, and the weekday, date and time, and asks for a yes or a no; owners choose among styles
 * rather than write the sentence, so no wording can leave one of them out. Stored by name: constants are only added.
 * The style is that of the spoken read-back of a new booking; the keypad's, after repeated misses, and the read-back
 * of a move keep one wording, as they must name keys and two times.
 */
public enum ReadBackStyle {
    /** "So that's an exam for Ann Lee, on Tuesday, March 10th at 2 PM. Shall I book it?" */
    SUMMARY,
    /** "Shall I book Ann Lee in for an exam on Tuesday, March 10th at 2 PM?" */
    QUESTION,
    /** "Let me read that back: Ann Lee, an exam, Tuesday, March 10th at 2 PM. Is that right?" */
    CHECKLIST
}
