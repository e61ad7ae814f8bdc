package bella.application.conversation;

import bella.domain.call.Expectation;

import java.util.List;

/**
 * What to say to the caller and how to go on.
 *
 * @param expecting  what the next answer should be read as, or NOTHING when the call ends after the words
 * @param nextTurn   the number the caller's next answer will carry
 * @param vocabulary words of this business and this caller the answer is likely to hold (the services when one
 *                   may be named, the caller's name when a name is asked or read back), for a recogniser to expect
 */
public record Reply(String words, Expectation expecting, int nextTurn, List<String> vocabulary) {

    public Reply {
        vocabulary = List.copyOf(vocabulary);
    }

    /** A reply with nothing particular to expect. */
    public Reply(String words, Expectation expecting, int nextTurn) {
        this(words, expecting, nextTurn, List.of());
    }

    public boolean endsCall() {
        return expecting == Expectation.NOTHING;
    }
}
