package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One phone call and its dialogue: it hears each answer, decides what it means at this point of the conversation,
 * and says what Bella asks next. Everything it decides is an event, so any call can be replayed and explained.
 */
public class Call {

    /** Misses in a row after which options move to the keypad, and after which Bella gives up. */
    static final int KEYPAD_AFTER_MISSES = 2;
    static final int GIVE_UP_AFTER_MISSES = 3;

    @AggregateIdentifier
    private String callId;
    private ZoneId zone;
    private String phone;
    private String knownName;
    private String name;
    private Kind stage;
    private int turn;
    private int misses;
    private List<Slot> offered = List.of();
    private Slot chosen;
    private Refusal refusal;
    private Preface preface = Preface.NONE;
    private boolean requestUnmet;
    private boolean served;
    private boolean failed;
    private boolean ended;

    protected Call() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Prompt handle(StartCall command) {
        if (callId != null) {
            return prompt(); // the same call webhook delivered twice
        }
        apply(new CallStarted(command.callId(), command.from(), command.to(), command.zone().getId(), command.at()));
        if (command.knownName() != null && command.from() != null) {
            apply(new CallerRecognized(command.callId(), command.knownName(), command.at()));
        }
        return prompt();
    }

    @CommandHandler
    public Prompt handle(HearCaller command) {
        if (command.turn() <= turn || stage.expecting() == Expectation.NOTHING) {
            return prompt(); // a repeated delivery, or words after Bella has finished
        }
        Heard heard = command.heard();
        apply(new UtteranceHeard(callId, command.turn(), heard.text(), heard.confidence(), heard.channel().name(),
                command.expecting().name(), command.at()));
        if (!understand(command)) {
            miss(command);
        }
        return prompt();
    }

    @CommandHandler
    public Prompt handle(RecordBooking command) {
        if (stage == Kind.BOOKING) {
            apply(new BookingCompleted(callId, command.appointmentId(), command.at()));
        }
        return prompt();
    }

    @CommandHandler
    public Prompt handle(RecordSlotTaken command) {
        if (stage == Kind.BOOKING) {
            apply(new SlotUnavailable(callId, chosen.start(), chosen.end(), Refusal.TAKEN.name(), command.at()));
            offer(command.availability().alternatives(), false, command.at());
        }
        return prompt();
    }

    @CommandHandler
    public void handle(EndCall command) {
        if (ended) {
            return;
        }
        if (stage.expecting() != Expectation.NOTHING && !served && !failed) {
            apply(new CallFailed(callId, "caller hung up at " + stage.name().toLowerCase(), command.at()));
        }
        apply(new CallEnded(callId, command.status(), command.durationSeconds(), command.at()));
    }

    /** What Bella says now; derived from the events alone, so a repeated webhook hears the same words. */
    public Prompt prompt() {
        List<Slot> slots = switch (stage) {
            case OFFER -> offered;
            case READ_BACK, BOOKING, BOOKED -> List.of(chosen);
            default -> List.of();
        };
        Preface said = preface;
        if (stage == Kind.ASK_TIME && requestUnmet && refusal == null) {
            said = Preface.NOTHING_FREE;
        }
        return new Prompt(stage, slots, name(), refusal, misses > 0, misses >= KEYPAD_AFTER_MISSES, said);
    }

    /** The booking the caller has just confirmed, or null when none is waiting to be made. */
    public ConfirmedBooking confirmedBooking() {
        return stage == Kind.BOOKING ? new ConfirmedBooking(chosen, name(), phone) : null;
    }

    private boolean understand(HearCaller command) {
        Understood understood = command.understood();
        Availability availability = command.availability();
        Instant at = command.at();
        switch (stage) {
            case MENU:
                return chooseFromMenu(understood, availability, at);
            case ASK_TIME:
                return understood.hasTime() && request(understood, availability, at);
            case OFFER:
                return choose(understood, availability, at);
            case ASK_NAME:
                return understood.name() != null && name(understood.name(), at);
            case ASK_PHONE:
                return understood.phone() != null && number(understood.phone(), at);
            case READ_BACK:
                return confirm(understood, availability, at);
            default:
                return false;
        }
    }

    private boolean chooseFromMenu(Understood understood, Availability availability, Instant at) {
        Intent intent = understood.hasTime() ? Intent.BOOK : understood.intent();
        switch (intent) {
            case BOOK:
            case YES:
                apply(new IntentDetected(callId, Intent.BOOK.name(), at));
                return !understood.hasTime() || request(understood, availability, at);
            case HOURS:
                apply(new IntentDetected(callId, intent.name(), at));
                apply(new HoursGiven(callId, at));
                return true;
            case CANCEL:
            case RESCHEDULE:
            case HUMAN:
                apply(new IntentDetected(callId, intent.name(), at));
                return true;
            case NO:
                apply(new CallerDeclined(callId, stage.name(), at));
                return true;
            default:
                return false;
        }
    }

    private boolean request(Understood understood, Availability availability, Instant at) {
        apply(new SlotRequested(callId, understood.start(), understood.end(), understood.grain().name(), at));
        if (availability.requestedIsFree()) {
            accept(availability.requested(), at);
            return true;
        }
        if (availability.refusal() != null) {
            Slot requested = availability.requested();
            apply(new SlotUnavailable(callId, requested.start(), requested.end(), availability.refusal().name(), at));
        }
        offer(availability.alternatives(), false, at);
        return true;
    }

    private void offer(List<Slot> slots, boolean keypad, Instant at) {
        if (slots.isEmpty()) {
            return;
        }
        List<Instant> starts = slots.stream().map(Slot::start).toList();
        apply(new SlotsOffered(callId, starts, slots.get(0).length(), keypad, at));
    }

    private boolean choose(Understood understood, Availability availability, Instant at) {
        if (understood.choice() != null && understood.choice() <= offered.size()) {
            accept(offered.get(understood.choice() - 1), at);
            return true;
        }
        if (understood.hasTime()) {
            Optional<Slot> match = offeredMatching(understood);
            if (match.isPresent()) {
                accept(match.get(), at);
            } else {
                request(understood, availability, at);
            }
            return true;
        }
        if (understood.intent() == Intent.YES && offered.size() == 1) {
            accept(offered.get(0), at);
            return true;
        }
        if (understood.intent() == Intent.NO) {
            apply(new CallerDeclined(callId, stage.name(), at));
            return true;
        }
        return false;
    }

    /** An offered slot the caller named by its time ("the 2:30") or by its day ("Wednesday's"), if just one fits. */
    private Optional<Slot> offeredMatching(Understood understood) {
        LocalDate day = understood.start().atZone(zone).toLocalDate();
        LocalTime time = understood.start().atZone(zone).toLocalTime();
        List<Slot> fits = new ArrayList<>();
        for (Slot slot : offered) {
            LocalDate slotDay = slot.start().atZone(zone).toLocalDate();
            LocalTime slotTime = slot.start().atZone(zone).toLocalTime();
            boolean dayFits = !understood.dateSaid() || slotDay.equals(day);
            boolean timeFits = !understood.timeSaid() || slotTime.equals(time);
            if (dayFits && timeFits) {
                fits.add(slot);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private void accept(Slot slot, Instant at) {
        apply(new SlotAccepted(callId, slot.start(), slot.end(), at));
        readBackWhenComplete(at);
    }

    private boolean name(String spoken, Instant at) {
        apply(new CallerNamed(callId, spoken, at));
        readBackWhenComplete(at);
        return true;
    }

    private boolean number(String e164, Instant at) {
        apply(new CallerNumberGiven(callId, e164, at));
        readBackWhenComplete(at);
        return true;
    }

    private void readBackWhenComplete(Instant at) {
        if (chosen != null && detailsStage() == Kind.READ_BACK) {
            apply(new BookingReadBack(callId, chosen.start(), chosen.end(), name(), at));
        }
    }

    private boolean confirm(Understood understood, Availability availability, Instant at) {
        if (understood.hasTime()) {
            return request(understood, availability, at);
        }
        if (understood.name() != null) {
            return name(understood.name(), at);
        }
        switch (understood.intent()) {
            case YES:
                apply(new BookingConfirmedByCaller(callId, chosen.start(), chosen.end(), name(), phone, at));
                return true;
            case NO:
                apply(new CallerDeclined(callId, stage.name(), at));
                return true;
            default:
                return false;
        }
    }

    private void miss(HearCaller command) {
        int inRow = misses + 1;
        apply(new UtteranceNotUnderstood(callId, command.turn(), command.expecting().name(), inRow, command.at()));
        if (inRow >= GIVE_UP_AFTER_MISSES) {
            apply(new CallFailed(callId, "not understood at " + stage.name().toLowerCase(), command.at()));
        } else if (inRow == KEYPAD_AFTER_MISSES) {
            if (stage == Kind.OFFER) {
                offer(offered, true, command.at());
            } else if (stage == Kind.ASK_TIME) {
                offer(command.availability().alternatives(), true, command.at());
            }
        }
    }

    private String name() {
        return name != null ? name : knownName;
    }

    private Kind detailsStage() {
        if (name() == null) {
            return Kind.ASK_NAME;
        }
        return phone == null ? Kind.ASK_PHONE : Kind.READ_BACK;
    }

    private void progress(Kind next) {
        stage = next;
        misses = 0;
    }

    @EventSourcingHandler
    void on(CallStarted event) {
        callId = event.callId();
        zone = ZoneId.of(event.zone());
        phone = event.from();
        stage = Kind.MENU;
        preface = Preface.WELCOME;
    }

    @EventSourcingHandler
    void on(CallerRecognized event) {
        knownName = event.name();
        preface = Preface.WELCOME_BACK;
    }

    @EventSourcingHandler
    void on(UtteranceHeard event) {
        turn = event.turn();
        preface = Preface.NONE;
        refusal = null;
        requestUnmet = false;
    }

    @EventSourcingHandler
    void on(UtteranceNotUnderstood event) {
        misses = event.misses();
    }

    @EventSourcingHandler
    void on(IntentDetected event) {
        Intent intent = Intent.valueOf(event.intent());
        switch (intent) {
            case BOOK:
                progress(Kind.ASK_TIME);
                break;
            case CANCEL:
            case RESCHEDULE:
                progress(Kind.MENU);
                preface = Preface.CANNOT_CHANGE_BOOKINGS_YET;
                break;
            case HUMAN:
                progress(Kind.MENU);
                preface = Preface.NO_ONE_TO_TRANSFER_TO;
                break;
            default:
                progress(Kind.MENU);
        }
    }

    @EventSourcingHandler
    void on(HoursGiven event) {
        preface = Preface.HOURS;
        served = true;
    }

    @EventSourcingHandler
    void on(SlotRequested event) {
        progress(Kind.ASK_TIME);
        chosen = null;
        requestUnmet = true;
    }

    @EventSourcingHandler
    void on(SlotUnavailable event) {
        refusal = Refusal.valueOf(event.reason());
        stage = Kind.ASK_TIME;
        requestUnmet = true;
    }

    @EventSourcingHandler
    void on(SlotsOffered event) {
        offered = event.starts().stream().map(start -> Slot.of(start, event.length())).toList();
        stage = Kind.OFFER;
        requestUnmet = false;
    }

    @EventSourcingHandler
    void on(SlotAccepted event) {
        chosen = new Slot(event.start(), event.end());
        requestUnmet = false;
        progress(detailsStage());
    }

    @EventSourcingHandler
    void on(CallerNamed event) {
        name = event.name();
        progress(detailsStage());
    }

    @EventSourcingHandler
    void on(CallerNumberGiven event) {
        phone = event.phone();
        progress(detailsStage());
    }

    @EventSourcingHandler
    void on(BookingReadBack event) {
        progress(Kind.READ_BACK);
    }

    @EventSourcingHandler
    void on(BookingConfirmedByCaller event) {
        progress(Kind.BOOKING);
    }

    @EventSourcingHandler
    void on(CallerDeclined event) {
        progress(Kind.valueOf(event.stage()) == Kind.MENU ? Kind.GOODBYE : Kind.ASK_TIME);
        chosen = null;
    }

    @EventSourcingHandler
    void on(BookingCompleted event) {
        progress(Kind.BOOKED);
        served = true;
    }

    @EventSourcingHandler
    void on(CallFailed event) {
        failed = true;
        stage = Kind.GIVE_UP;
    }

    @EventSourcingHandler
    void on(CallEnded event) {
        ended = true;
    }
}
