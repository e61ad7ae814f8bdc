package bella.application.conversation;

import bella.application.answers.Transcription;
import bella.application.availability.BusinessRules;
import bella.application.availability.Diary;
import bella.application.availability.Service;
import bella.application.understanding.Understanding;
import bella.domain.booking.Appointment;
import bella.domain.booking.BookAppointment;
import bella.domain.booking.CancelAppointment;
import bella.domain.booking.ReleaseSlot;
import bella.domain.booking.RescheduleAppointment;
import bella.domain.booking.ReserveSlot;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import bella.domain.call.Availability;
import bella.domain.call.Call;
import bella.domain.call.Channel;
import bella.domain.call.Confirmed;
import bella.domain.call.Expectation;
import bella.domain.call.Heard;
import bella.domain.call.HearCaller;
import bella.domain.call.Prompt;
import bella.domain.call.RecordBooking;
import bella.domain.call.RecordChange;
import bella.domain.call.RecordRepeatedAnswer;
import bella.domain.call.RecordSlotTaken;
import bella.domain.call.Refusal;
import bella.domain.call.Understood;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Handles one turn of a call in one unit of work: understands the answer, reads it in the light of the call so
 * far, consults the diary, lets the Call decide, and carries out what the caller confirmed: a booking, a move or a
 * cancellation, on the days' Schedules and the Appointment. Everything one turn changes commits together or not at
 * all, so a confirmed booking is never half made.
 */
public class TurnHandler {

    private final Supplier<Repository<Call>> calls;
    private final Supplier<Repository<Schedule>> schedules;
    private final Supplier<Repository<Appointment>> appointments;
    private final Understanding understanding;
    private final Diary diary;
    private final boolean ownerPhone;

    /**
     * Repositories come as suppliers because Axon builds them after the handlers it finds are created.
     *
     * @param ownerPhone whether the owner's phone is set (OWNER_PHONE): a caller may then be put through
     */
    public TurnHandler(Supplier<Repository<Call>> calls, Supplier<Repository<Schedule>> schedules,
                       Supplier<Repository<Appointment>> appointments, Understanding understanding, Diary diary,
                       boolean ownerPhone) {
        this.ownerPhone = ownerPhone;
        this.calls = calls;
        this.schedules = schedules;
        this.appointments = appointments;
        this.understanding = understanding;
        this.diary = diary;
    }

    @CommandHandler
    public NextTurn handle(HandleTurn turn) throws Exception {
        Aggregate<Call> call = calls.get().load(turn.callId());
        Prompt prompt = answer(call, turn);
        return new NextTurn(prompt, call.invoke(Call::nextTurn));
    }

    /**
     * The answer Bella asked to hear again: its transcription, read as the question's answer, is what the call goes
     * on with when it holds a name or a number, else what the recogniser heard first. Only the turn the Call waits
     * for counts; a report of any other hears the question that stands.
     */
    @CommandHandler
    public NextTurn handle(HearAgain again) throws Exception {
        Aggregate<Call> call = calls.get().load(again.callId());
        if (!call.invoke(c -> c.awaitsRepeat(again.turn()))) {
            return new NextTurn(call.invoke(Call::prompt), call.invoke(Call::nextTurn));
        }
        Expectation asked = call.invoke(Call::prompt).kind() == Prompt.Kind.REPEAT_PHONE
                ? Expectation.PHONE : Expectation.NAME;
        Transcription transcription = again.transcription();
        boolean used = transcription.words() != null && answers(asked, understanding.understand(
                transcription.words(), asked, again.at().atZone(diary.rules().zone())));
        call.execute(c -> c.handle(new RecordRepeatedAnswer(again.callId(), again.turn(), again.recordingSid(),
                again.durationSeconds(), transcription.words(), used, transcription.reason(), transcription.detail(),
                again.at())));
        Heard heard = used ? new Heard(transcription.words(), 1, Channel.RECORDING)
                : call.invoke(Call::doubtedAnswer);
        Prompt prompt = answer(call, new HandleTurn(again.callId(), again.turn(), heard, again.at()));
        return new NextTurn(prompt, call.invoke(Call::nextTurn));
    }

    private static boolean answers(Expectation asked, Understood understood) {
        return asked == Expectation.PHONE ? understood.phone() != null : understood.name() != null;
    }

    private Prompt answer(Aggregate<Call> call, HandleTurn turn) throws Exception {
        Prompt asked = call.invoke(Call::prompt);
        // The answer is read as a reply to what the Call last asked, never to what a request claims was asked.
        Understood heard = understanding.understand(turn.heard().text(), asked.expecting(),
                turn.at().atZone(diary.rules().zone()));
        Understood understood = call.invoke(c -> c.inContext(turn.heard(), heard));
        // A slot offered earlier is checked again as it is taken: another caller may have booked it since. A booking
        // being moved leaves its own time free for itself.
        Optional<Slot> recheck = call.invoke(c -> c.slotToRecheck(understood));
        Slot vacated = asked.existing();
        Availability availability = recheck.isPresent() ? diary.check(recheck.get(), turn.at(), vacated)
                : diary.check(understood, turn.at(), length(understood, asked), vacated);
        Prompt prompt = call.invoke(c -> c.handle(new HearCaller(turn.callId(), turn.turn(), turn.heard(),
                understood, availability, turn.at(), personAvailable(turn.at()))));
        Confirmed confirmed = call.invoke(Call::confirmed);
        if (confirmed == null) {
            return prompt;
        }
        return switch (confirmed.purpose()) {
            case BOOK -> book(call, turn.callId(), confirmed, turn.at());
            case RESCHEDULE -> reschedule(call, turn.callId(), confirmed, turn.at());
            case CANCEL -> cancel(call, turn.callId(), confirmed, turn.at());
        };
    }

    private Prompt book(Aggregate<Call> call, String callId, Confirmed confirmed, Instant at) throws Exception {
        Slot slot = confirmed.slot();
        String appointmentId = Appointment.idForCall(callId);
        Refusal refused = reserve(day(slot), appointmentId, slot, at);
        if (refused != null) {
            return slotLost(call, callId, slot, refused, null, at);
        }
        appointments.get().newInstance(() -> new Appointment(new BookAppointment(appointmentId, slot,
                confirmed.name(), confirmed.phone(), callId, confirmed.service(), at)));
        return call.invoke(c -> c.handle(new RecordBooking(callId, appointmentId, at)));
    }

    private Prompt reschedule(Aggregate<Call> call, String callId, Confirmed confirmed, Instant at) throws Exception {
        Aggregate<Appointment> appointment = appointments.get().load(confirmed.appointmentId());
        Slot from = appointment.invoke(Appointment::slot);
        Slot to = confirmed.slot();
        LocalDate oldDay = from == null ? null : day(from);
        LocalDate newDay = day(to);
        // Days are locked in date order, so two moves between the same days cannot wait on each other.
        if (oldDay != null && oldDay.isBefore(newDay)) {
            schedules.get().load(Schedule.idFor(oldDay));
        }
        Refusal refused = from == null ? Refusal.TAKEN : reserve(newDay, confirmed.appointmentId(), to, at);
        if (refused != null) {
            return slotLost(call, callId, to, refused, from, at);
        }
        if (!oldDay.equals(newDay)) {
            release(oldDay, confirmed.appointmentId(), at);
        }
        appointment.invoke(a -> a.handle(new RescheduleAppointment(confirmed.appointmentId(), to, callId, at)));
        return call.invoke(c -> c.handle(new RecordChange(callId, at)));
    }

    private Prompt cancel(Aggregate<Call> call, String callId, Confirmed confirmed, Instant at) throws Exception {
        Aggregate<Appointment> appointment = appointments.get().load(confirmed.appointmentId());
        Slot held = appointment.invoke(Appointment::slot);
        appointment.execute(a -> a.handle(new CancelAppointment(confirmed.appointmentId(), callId, at)));
        if (held != null) {
            release(day(held), confirmed.appointmentId(), at);
        }
        return call.invoke(c -> c.handle(new RecordChange(callId, at)));
    }

    /** Reserves the slot on its day: null when reserved, else why not (taken, or too close to another booking). */
    private Refusal reserve(LocalDate day, String appointmentId, Slot slot, Instant at) throws Exception {
        String scheduleId = Schedule.idFor(day);
        Aggregate<Schedule> schedule = schedules.get().loadOrCreate(scheduleId, Schedule::new);
        ReserveSlot reserve = new ReserveSlot(scheduleId, appointmentId, slot, diary.rules().buffer(), at);
        if (schedule.invoke(s -> s.handle(reserve))) {
            return null;
        }
        return schedule.invoke(s -> s.heldByAnother(appointmentId, slot)) ? Refusal.TAKEN : Refusal.BUFFER;
    }

    private void release(LocalDate day, String appointmentId, Instant at) {
        String scheduleId = Schedule.idFor(day);
        schedules.get().load(scheduleId).execute(s -> s.handle(new ReleaseSlot(scheduleId, appointmentId, at)));
    }

    /**
     * The slot went to another booking since it was offered: the nearest ones still free instead, counting the time
     * of a booking being moved ({@code vacated}, or null) as free for it.
     */
    private Prompt slotLost(Aggregate<Call> call, String callId, Slot lost, Refusal why, Slot vacated, Instant at) {
        Availability instead = Availability.refused(lost, why, diary.alternativesTo(lost, at, vacated));
        return call.invoke(c -> c.handle(new RecordSlotTaken(callId, instead, at)));
    }

    /** A person can be rung while the business is open, on the owner's phone. */
    private boolean personAvailable(Instant at) {
        return ownerPhone && diary.rules().isOpenAt(at);
    }

    /** A booking being moved keeps its length; a new one lasts as long as its service. */
    private Duration length(Understood understood, Prompt sofar) {
        if (sofar.existing() != null) {
            return sofar.existing().length();
        }
        String service = understood.service() != null ? understood.service() : sofar.service();
        BusinessRules rules = diary.rules();
        return service == null ? rules.appointment()
                : rules.service(service).map(Service::length).orElse(rules.appointment());
    }

    private LocalDate day(Slot slot) {
        return slot.start().atZone(diary.rules().zone()).toLocalDate();
    }
}
