package bella.application.replay;

/**
 * A recorded call today's code cannot re-run: an event an older Bella wrote no longer reads or applies, or an answer
 * it recorded cannot be fed in again. The message says which and why.
 */
public class UnreadableCall extends RuntimeException {

    UnreadableCall(String reason) {
        super(reason);
    }
}
