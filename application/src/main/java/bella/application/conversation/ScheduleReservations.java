package bella.application.conversation;

import bella.application.availability.Reservations;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Reads the days' Schedules, inside the unit of work of the turn that asks, as last committed: an offer sees every
 * reservation committed before it. A turn reads them without their locks ({@link UnlockedReads}), so turns that only
 * look at a day do not queue behind each other, and its commit is refused should a day it read have changed since;
 * its redo, or any read where that check is not made, loads each day through its repository and holds its lock until
 * the turn ends, exactly as the turn's own reservation loads it. Only the days a search reaches are loaded: the day
 * asked about, then the next ones as the search widens.
 */
public final class ScheduleReservations implements Reservations {

    private final Supplier<Repository<Schedule>> schedules;
    private final Supplier<Repository<Schedule>> unlocked;
    private final UnlockedReads reads;
    /** Built once, on first use: Axon's configuration, which it needs, exists only after the handlers. */
    private volatile Repository<Schedule> unlockedSchedules;

    /** Every day read under its lock, as in a re-run's sandbox, where one call runs alone. */
    public ScheduleReservations(Supplier<Repository<Schedule>> schedules) {
        this(schedules, schedules, UnlockedReads.NONE);
    }

    /**
     * Repositories come as suppliers because Axon builds them after the handlers it finds are created.
     *
     * @param unlocked the same Schedules, loaded without their locks
     */
    public ScheduleReservations(Supplier<Repository<Schedule>> schedules, Supplier<Repository<Schedule>> unlocked,
                                UnlockedReads reads) {
        this.schedules = schedules;
        this.unlocked = unlocked;
        this.reads = reads;
    }

    @Override
    public Collection<Slot> on(LocalDate day) {
        String scheduleId = Schedule.idFor(day);
        if (!reads.withoutLocks()) {
            return load(schedules.get(), scheduleId).invoke(Schedule::reserved);
        }
        Aggregate<Schedule> schedule = load(unlockedSchedules(), scheduleId);
        reads.read(scheduleId, schedule.version());
        return schedule.invoke(Schedule::reserved);
    }

    private Repository<Schedule> unlockedSchedules() {
        Repository<Schedule> repository = unlockedSchedules;
        if (repository == null) {
            // two turns may race to build it; either repository reads the same store
            repository = unlocked.get();
            unlockedSchedules = repository;
        }
        return repository;
    }

    private static Aggregate<Schedule> load(Repository<Schedule> repository, String scheduleId) {
        try {
            // A day nobody has reserved on yet is an empty Schedule; it stores nothing.
            return repository.loadOrCreate(scheduleId, Schedule::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not load " + scheduleId, e);
        }
    }
}
