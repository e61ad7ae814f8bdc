package bella.application.conversation;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Lets a command read the days' Schedules without their locks, and keeps any such read from being stale when the
 * command commits. Each day read is remembered with the sequence number its events had reached; as the command
 * commits, inside the transaction that holds the database's write lock, the store checks that every day's events
 * still end there ({@link #verify}). If one moved on, a reservation committed after the read: the command rolls back
 * and the command gateway retries it, and that redo reads every day under its lock as before, so it cannot lose the
 * same way twice. Most turns only look (offers, read-backs), and no longer queue behind each other on the day's lock.
 *
 * <p>The check stands for the commit only where nothing else can commit between the two: SQLite's writer, whose
 * transactions take the write lock as they begin. Elsewhere ({@link #NONE}) every read takes the day's lock.
 */
public final class UnlockedReads {

    /** Every day is read under its lock. */
    public static final UnlockedReads NONE = new UnlockedReads(false);

    private static final String KEY = "bella-unlocked-reads";
    /** A day nobody has reserved on: no events, so no sequence number yet. */
    private static final long NO_EVENTS = -1;
    /** Commands to redo under locks, by id; far more than are ever in flight, so none is dropped before its redo. */
    private static final int REDOS_KEPT = 1_024;

    private final boolean allowed;
    /** A redone command stays here for any later retry of its own; the oldest are dropped, so it stays bounded. */
    private final Set<String> redos = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REDOS_KEPT;
                }
            }));

    private UnlockedReads(boolean allowed) {
        this.allowed = allowed;
    }

    /** Reads without locks, for a store that calls {@link #verify} inside the write lock before each commit. */
    public static UnlockedReads verifiedAtCommit() {
        return new UnlockedReads(true);
    }

    /**
     * Whether the unit of work in progress reads the days without their locks: a command's does, unless it is the
     * redo of one whose reads went stale.
     */
    boolean withoutLocks() {
        return days() != null;
    }

    /** Remembers a day read without its lock and how far its events had reached (null: none yet). */
    void read(String scheduleId, Long lastSequence) {
        days().putIfAbsent(scheduleId, lastSequence == null ? NO_EVENTS : lastSequence);
    }

    /**
     * Checks, as the current command commits, that no day it read without its lock has changed since.
     *
     * @param lastSequence the sequence number a Schedule's events end at as committed now, {@code -1} for none
     * @throws DayChangedSinceRead when one has: the command rolls back and is redone under the days' locks
     */
    public void verify(ToLongFunction<String> lastSequence) {
        if (!allowed || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> work = CurrentUnitOfWork.get().root();
        Map<String, Long> read = work.getResource(KEY);
        if (read == null) {
            return;
        }
        for (Map.Entry<String, Long> day : read.entrySet()) {
            if (lastSequence.applyAsLong(day.getKey()) != day.getValue()) {
                redos.add(work.getMessage().getIdentifier());
                throw new DayChangedSinceRead(day.getKey());
            }
        }
    }

    /** The days the current command read without locks so far; null when it reads under locks. */
    private Map<String, Long> days() {
        if (!allowed || !CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> work = CurrentUnitOfWork.get().root();
        if (!(work.getMessage() instanceof CommandMessage<?> command) || redos.contains(command.getIdentifier())) {
            return null;
        }
        return work.getOrComputeResource(KEY, key -> new HashMap<>());
    }
}
