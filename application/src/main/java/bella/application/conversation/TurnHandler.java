package bella.application.conversation;

import bella.application.availability.Diary;
import bella.application.understanding.Understanding;
import bella.domain.booking.Appointment;
import bella.domain.booking.BookAppointment;
import bella.domain.booking.ReserveSlot;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import bella.domain.call.Availability;
import bella.domain.call.Call;
import bella.domain.call.ConfirmedBooking;
import bella.domain.call.HearCaller;
import bella.domain.call.Prompt;
import bella.domain.call.RecordBooking;
import bella.domain.call.RecordSlotTaken;
import bella.domain.call.Understood;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Handles one turn of a call in one unit of work: understands the answer, consults the diary, lets the Call decide,
 * and when the caller confirms, reserves the slot on its day's Schedule and books the Appointment. The Call, the
 * Schedule and the Appointment commit together or not at all, so a confirmed booking is never half made.
 */
public class TurnHandler {

    private final Supplier<Repository<Call>> calls;
    private final Supplier<Repository<Schedule>> schedules;
    private final Supplier<Repository<Appointment>> appointments;
    private final Understanding understanding;
    private final Diary diary;

    /** Repositories come as suppliers because Axon builds them after the handlers it finds are created. */
    public TurnHandler(Supplier<Repository<Call>> calls, Supplier<Repository<Schedule>> schedules,
                       Supplier<Repository<Appointment>> appointments, Understanding understanding, Diary diary) {
        this.calls = calls;
        this.schedules = schedules;
        this.appointments = appointments;
        this.understanding = understanding;
        this.diary = diary;
    }

    @CommandHandler
    public Prompt handle(HandleTurn turn) throws Exception {
        ZoneId zone = diary.rules().zone();
        Understood understood = understanding.understand(turn.heard().text(), turn.expecting(),
                turn.at().atZone(zone));
        Availability availability = diary.check(understood, turn.at());
        Aggregate<Call> call = calls.get().load(turn.callId());
        Prompt prompt = call.invoke(c -> c.handle(new HearCaller(turn.callId(), turn.turn(), turn.heard(),
                turn.expecting(), understood, availability, turn.at())));
        ConfirmedBooking confirmed = call.invoke(Call::confirmedBooking);
        return confirmed == null ? prompt : book(call, turn.callId(), confirmed, turn.at());
    }

    private Prompt book(Aggregate<Call> call, String callId, ConfirmedBooking confirmed, Instant at)
            throws Exception {
        Slot slot = confirmed.slot();
        String appointmentId = Appointment.idForCall(callId);
        String scheduleId = Schedule.idFor(slot.start().atZone(diary.rules().zone()).toLocalDate());
        Aggregate<Schedule> day = schedules.get().loadOrCreate(scheduleId, Schedule::new);
        boolean reserved = day.invoke(schedule -> schedule.handle(new ReserveSlot(scheduleId, appointmentId, slot, at)));
        if (reserved) {
            appointments.get().newInstance(() -> new Appointment(new BookAppointment(appointmentId, slot,
                    confirmed.name(), confirmed.phone(), callId, at)));
            return call.invoke(c -> c.handle(new RecordBooking(callId, appointmentId, at)));
        }
        // The read model may not show the winning booking yet: never offer the slot just lost.
        Availability instead = Availability.options(diary.alternativesTo(slot, at).stream()
                .filter(alternative -> !alternative.overlaps(slot)).toList());
        return call.invoke(c -> c.handle(new RecordSlotTaken(callId, instead, at)));
    }
}
