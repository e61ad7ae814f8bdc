package bella.application.replay;

/**
 * One exchange of a call: what the caller answered ({@code heard}, null for the greeting at turn 0, empty for
 * silence; keys as their digits) and what Bella said next.
 */
public record Step(int turn, String heard, String said) {
}
