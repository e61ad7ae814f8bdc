package bella.application.conversation;

import bella.domain.call.Expectation;

/**
 * What to say to the caller and how to go on.
 *
 * @param expecting what the next answer should be read as, or NOTHING when the call ends after the words
 * @param nextTurn  the number the caller's next answer will carry
 */
public record Reply(String words, Expectation expecting, int nextTurn) {

    public boolean endsCall() {
        return expecting == Expectation.NOTHING;
    }
}
