package bella.application.conversation;

import bella.domain.call.Prompt;

/**
 * What Bella asks after an answer, and the number the caller's reply to it will carry. The number is the Call's,
 * so an answer delivered twice, or late, is answered with the question that stands and the turn it waits for.
 */
public record NextTurn(Prompt prompt, int number) {
}
