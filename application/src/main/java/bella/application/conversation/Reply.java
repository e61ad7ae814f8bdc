package bella.application.conversation;

import bella.domain.call.Expectation;

import java.util.List;

/**
 * What to say to the caller and how to go on.
 *
 * @param expecting  what the next answer should be read as, or NOTHING when Bella listens for no answer
 * @param nextTurn   the number the caller's next answer will carry
 * @param vocabulary words of this business and this caller the answer is likely to hold (the services when one
 *                   may be named, the caller's name when a name is asked or read back), for a recogniser to expect
 * @param then       what follows the words
 */
public record Reply(String words, Expectation expecting, int nextTurn, List<String> vocabulary, Then then) {

    /** What follows Bella's words. */
    public enum Then {
        /** Listen for the caller's answer. */
        LISTEN,
        /** End the call. */
        HANG_UP,
        /** Ring the owner's phone and put the caller through. */
        DIAL,
        /** Record the caller's message. */
        RECORD,
        /** Record the answer to the last question said once more, to have it transcribed. */
        RECORD_ANSWER
    }

    public Reply {
        vocabulary = List.copyOf(vocabulary);
    }

    /** Words followed by listening, or, when nothing is expected, by the end of the call. */
    public Reply(String words, Expectation expecting, int nextTurn, List<String> vocabulary) {
        this(words, expecting, nextTurn, vocabulary, expecting == Expectation.NOTHING ? Then.HANG_UP : Then.LISTEN);
    }

    /** A reply with nothing particular to expect. */
    public Reply(String words, Expectation expecting, int nextTurn) {
        this(words, expecting, nextTurn, List.of());
    }

    /** Whether the caller's part is over after these words: no answer is listened for, no one rung, nothing recorded. */
    public boolean endsCall() {
        return then == Then.HANG_UP;
    }
}
