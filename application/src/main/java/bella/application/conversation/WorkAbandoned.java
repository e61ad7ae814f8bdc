package bella.application.conversation;

import org.axonframework.common.AxonNonTransientException;

/**
 * The caller was already answered with an apology, so this unit of work rolls back. Not transient: the command
 * gateway does not retry it.
 */
public class WorkAbandoned extends AxonNonTransientException {

    public WorkAbandoned() {
        super("the caller stopped waiting for this answer; nothing of it is recorded");
    }
}
