package bella.application.conversation;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One webhook's try at its work, shared by the webhook that waits for it and the unit of work that does it. Whichever
 * comes first wins: the webhook giving up (the work then commits nothing) or the unit of work starting to commit (the
 * webhook then waits for the outcome), so an answer given up on is never half recorded, nor recorded unheard.
 */
public final class Attempt {

    /** The command metadata key under which the attempt travels to the unit of work (in this process only). */
    public static final String KEY = "bella-attempt";

    private enum State { WORKING, COMMITTING, ABANDONED }

    private final AtomicReference<State> state = new AtomicReference<>(State.WORKING);

    /** The caller stops waiting; false when the work is committing just now and must be waited for instead. */
    boolean abandon() {
        return state.compareAndSet(State.WORKING, State.ABANDONED);
    }

    public boolean abandoned() {
        return state.get() == State.ABANDONED;
    }

    /** The unit of work is about to commit; refused with {@link WorkAbandoned} once the caller has stopped waiting. */
    public void committing() {
        if (state.updateAndGet(now -> now == State.WORKING ? State.COMMITTING : now) == State.ABANDONED) {
            throw new WorkAbandoned();
        }
    }

    /** The commit failed and the unit of work rolled back: a retry may still commit, unless the caller gives up. */
    public void rolledBack() {
        state.compareAndSet(State.COMMITTING, State.WORKING);
    }
}
