package bella.application.conversation;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A reservation committed on a day after a command read it without its lock: what the command decided may rest on a
 * slot that is no longer free, so it rolls back. A concurrency failure, so the command gateway retries it, and the
 * retry reads the days under their locks ({@link UnlockedReads}).
 */
public class DayChangedSinceRead extends ConcurrencyException {

    public DayChangedSinceRead(String scheduleId) {
        super(scheduleId + " changed after it was read without its lock");
    }
}
