package bella.application.conversation;

import bella.application.availability.Reservations;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import org.axonframework.modelling.command.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Reads the days' Schedules through their repository, inside the unit of work of the turn that asks. Each day is
 * loaded, and locked until the turn ends, exactly as the turn's own reservation loads it: an offer sees every
 * reservation committed before it, and no other turn of this process reserves on a day it looked at until it is
 * done. Only the days a search reaches are loaded: the day asked about, then the next ones as the search widens.
 */
public final class ScheduleReservations implements Reservations {

    private final Supplier<Repository<Schedule>> schedules;

    /** The repository comes as a supplier because Axon builds it after the handlers it finds are created. */
    public ScheduleReservations(Supplier<Repository<Schedule>> schedules) {
        this.schedules = schedules;
    }

    @Override
    public Collection<Slot> on(LocalDate day) {
        try {
            // A day nobody has reserved on yet is an empty Schedule, held like any other; it stores nothing.
            return schedules.get().loadOrCreate(Schedule.idFor(day), Schedule::new).invoke(Schedule::reserved);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not load the schedule of " + day, e);
        }
    }
}
