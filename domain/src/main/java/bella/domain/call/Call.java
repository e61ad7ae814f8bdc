package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.BookingChanged.Change;
import bella.domain.call.CallFailed.Reason;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.RequestUnclear.What;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One phone call and its dialogue: it hears each answer, decides what it means at this point of the conversation,
 * and says what Bella asks next. Everything it decides is an event, so any call can be replayed and explained.
 */
public class Call {

    /**
     * Misses in a row after which options move to the keypad, and after which Bella gives up; keys the question
     * did not name, so many times in a row, end the call too.
     */
    static final int KEYPAD_AFTER_MISSES = 2;
    static final int GIVE_UP_AFTER_MISSES = 3;
    /** Below this recogniser confidence a heard time is offered back as a question, not taken. */
    static final double UNSURE_BELOW = 0.4;
    /**
     * Below this recogniser confidence a name or a number, where calls may be recorded, is asked for once more after
     * the tone and transcribed from the recording: an answer the recogniser itself doubts is worth the caller's few
     * seconds, one it is sure of is left alone. A starting point, to be tuned from the confidences that real calls'
     * AnswerDoubted events record.
     */
    static final double DOUBT_BELOW = 0.6;
    /** A refused recording URL is kept to this many characters: enough to see where it pointed. */
    static final int LONGEST_URL = 500;

    @AggregateIdentifier
    private String callId;
    private ZoneId zone;
    private List<String> services = List.of();
    private String service;
    private PromptVariant variant = PromptVariant.STANDARD;
    private boolean serviceNotOffered;
    private String phone;
    private String knownName;
    private String name;
    private Kind stage;
    private Purpose purpose = Purpose.BOOK;
    private int turn;
    private int misses;
    private boolean keypad;
    private int wrongKeys;
    private List<CallerBooking> upcoming = List.of();
    private CallerBooking changing;
    private boolean moveDeclined;
    private List<Slot> offered = List.of();
    private List<Instant> readings = List.of();
    private Slot chosen;
    private Understood lastRequest;
    private LocalDate contextDay;
    private LocalTime contextTime;
    private Refusal refusal;
    private Preface preface = Preface.NONE;
    private boolean requestUnmet;
    private boolean served;
    private boolean failed;
    private boolean ended;
    private boolean recording;
    private String message;
    private boolean messageSettled;
    private int doubtedTurn;
    private Heard doubted;
    private boolean repeatSettled;
    private final Set<String> recordingsDeleted = new HashSet<>();
    private final Set<String> deletionsFailing = new HashSet<>();

    protected Call() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Prompt handle(StartCall command) {
        if (callId != null) {
            return prompt(); // the same call webhook delivered twice
        }
        apply(new CallStarted(command.callId(), command.from(), command.to(), command.zone().getId(),
                command.services(), command.at()));
        PromptVariant given = command.variant();
        if (given != null) {
            apply(new PromptVariantAssigned(command.callId(), given.name(), given.greeting(), given.welcomeBack(),
                    given.readBack(), command.at()));
        }
        if (command.knownName() != null && command.from() != null) {
            apply(new CallerRecognized(command.callId(), command.knownName(), command.at()));
        }
        if (!command.upcoming().isEmpty() && command.from() != null) {
            List<CallerBooking> bookings = command.upcoming();
            apply(new CallerBookingsFound(command.callId(),
                    bookings.stream().map(CallerBooking::appointmentId).toList(),
                    bookings.stream().map(booking -> booking.slot().start()).toList(),
                    bookings.stream().map(booking -> booking.slot().end()).toList(), command.at()));
        }
        if (command.recording()) {
            apply(new RecordingDisclosed(command.callId(), command.at()));
        }
        return prompt();
    }

    /**
     * Reads an answer in the light of the conversation so far (see {@link CallContext}). The application asks the
     * diary about the result, then hands it back in {@link HearCaller}.
     */
    public Understood inContext(Understood understood) {
        if (choiceCorrected(understood).isPresent()) {
            // "No, the 1st" just after offers: their place, not the day the words may also read as.
            return new Understood(understood.intent(), null, null, null, false, false, understood.name(),
                    understood.phone(), understood.choice(), null, understood.service(), null);
        }
        return context().read(understood);
    }

    /**
     * At the read-back of a time taken from several offered, another of them named by its place ("no wait, the
     * first one", "the last one actually"): the choice the caller corrects to. A time said with it asks for that time.
     */
    private Optional<Slot> choiceCorrected(Understood understood) {
        boolean takenFromOffers = stage == Kind.READ_BACK && purpose != Purpose.CANCEL && chosen != null
                && offered.size() > 1 && offered.contains(chosen);
        if (!takenFromOffers || understood.timeSaid()) {
            return Optional.empty();
        }
        return understood.picked(offered.size()).map(offered::get).filter(slot -> !slot.equals(chosen));
    }

    /**
     * The same for an answer as heard: keys mean only what Bella's question named (see {@link Keypad}), whatever
     * their digits read as in words; keys it did not name mean nothing.
     */
    public Understood inContext(Heard heard, Understood understood) {
        if (!choosesByKey(heard)) {
            return inContext(understood);
        }
        return Keypad.meaning(stage, options(), heard.text()).map(this::inContext).orElseGet(Understood::nothing);
    }

    /** Keys pressed to choose from the question asked; only a phone number asked for is typed rather than chosen. */
    private boolean choosesByKey(Heard heard) {
        return heard.channel() == Channel.KEYPAD && stage != Kind.ASK_PHONE;
    }

    /** How many options the question Bella has just asked listed in order, for a key to pick by place. */
    private int options() {
        return switch (stage) {
            case OFFER -> offered.size();
            case CLARIFY -> readings.size();
            case CHOOSE_BOOKING -> upcoming.size();
            case ASK_SERVICE -> services.size();
            default -> 0;
        };
    }

    private CallContext context() {
        List<Slot> onOffer = stage == Kind.OFFER ? offered
                : stage == Kind.READ_BACK && chosen != null ? List.of(chosen)
                : stage == Kind.CONFIRM_MOVE ? List.of(changing.slot()) : List.of();
        return new CallContext(stage, zone, services, service, lastRequest, readings, contextDay, contextTime, onOffer);
    }

    /**
     * The slot this answer would take or read back without a time being asked for: an offered one, picked by its
     * place or its time (at the offer, or corrected to at the read-back), or the one already chosen once the name or
     * number still missing is given (or the name is corrected at the read-back). Another caller may have booked it
     * since it was offered, so the application has the diary check it before this Call decides.
     */
    public Optional<Slot> slotToRecheck(Understood understood) {
        if (stage == Kind.OFFER) {
            return offerPicked(understood);
        }
        Optional<Slot> corrected = choiceCorrected(understood);
        if (corrected.isPresent()) {
            return corrected;
        }
        boolean completes = stage == Kind.ASK_NAME && understood.name() != null
                || stage == Kind.ASK_PHONE && understood.phone() != null
                || stage == Kind.READ_BACK && understood.name() != null && !understood.hasTime();
        return completes && purpose == Purpose.BOOK ? Optional.ofNullable(chosen) : Optional.empty();
    }

    /** The offered slot an answer takes: by its time, by its place, or a "yes" to the only one offered. */
    private Optional<Slot> offerPicked(Understood understood) {
        List<Slot> matching = understood.hasTime() ? CallContext.matching(offered, understood, zone) : List.of();
        if (matching.size() == 1) {
            return Optional.of(matching.get(0));
        }
        // "The later of the two morning ones": the place is counted among the offers the time said fits.
        List<Slot> among = matching.size() > 1 ? matching : offered;
        Optional<Integer> placed = understood.picked(among.size());
        if (placed.isPresent()) {
            return placed.map(among::get);
        }
        boolean yesToTheOnlyOne = !understood.hasTime() && understood.intent() == Intent.YES && offered.size() == 1;
        return yesToTheOnlyOne ? Optional.of(offered.get(0)) : Optional.empty();
    }

    /**
     * An answer to the question Bella last asked, as the Call's own events tell it. An answer to a turn already
     * heard, redelivered or arriving after later ones, changes nothing and hears the question that stands.
     */
    @CommandHandler
    public Prompt handle(HearCaller command) {
        Expectation asked = stage.expecting();
        if (command.turn() < nextTurn() || asked == Expectation.NOTHING) {
            return prompt(); // a repeated or late delivery, or words after Bella has finished
        }
        if (awaitsRepeat(command.turn())) {
            return prompt(); // the doubted answer delivered again: it is still awaited, said after the tone
        }
        Heard heard = command.heard();
        if (doubts(heard, command.turn())) {
            apply(new AnswerDoubted(callId, command.turn(), heard.text(), heard.confidence(), asked.name(),
                    command.at()));
            return prompt();
        }
        apply(new UtteranceHeard(callId, command.turn(), heard.text(), heard.confidence(), heard.channel().name(),
                asked.name(), command.at()));
        Understood understood = command.understood();
        if (choosesByKey(heard)) {
            Optional<Understood> keyed = Keypad.meaning(stage, options(), heard.text());
            if (keyed.isEmpty()) {
                keyNotOffered(command, asked);
                return prompt();
            }
            understood = inContext(keyed.get());
        }
        if (!understand(command, understood)) {
            miss(command, asked);
        }
        return prompt();
    }

    /**
     * A name or a number heard faintly, where the caller was told calls may be recorded, is worth hearing again:
     * once per turn, so the answer said again is taken as it comes.
     */
    private boolean doubts(Heard heard, int turn) {
        return recording && (stage == Kind.ASK_NAME || stage == Kind.ASK_PHONE) && heard.channel() == Channel.SPEECH
                && heard.confidence() < DOUBT_BELOW && turn != doubtedTurn;
    }

    /** Whether Bella waits for the answer of this turn said again after the tone. */
    public boolean awaitsRepeat(int turn) {
        return repeatPending() && turn == doubtedTurn;
    }

    /** An answer was doubted and nothing has come of hearing it again yet, nor has any later answer been heard. */
    private boolean repeatPending() {
        return doubtedTurn >= nextTurn() && !repeatSettled;
    }

    /** The answer Bella asked to hear again, as the recogniser first heard it; what the call goes on with otherwise. */
    public Heard doubtedAnswer() {
        return doubted;
    }

    /**
     * What became of the answer said again: recorded and transcribed, or why not. Only the first report of the turn
     * Bella waits for counts; the application then hands the call the answer to go on with, in {@link HearCaller}.
     */
    @CommandHandler
    public void handle(RecordRepeatedAnswer command) {
        if (!awaitsRepeat(command.turn())) {
            return;
        }
        if (command.recordingSid() != null) {
            apply(new AnswerRecorded(callId, command.turn(), command.recordingSid(), command.durationSeconds(),
                    command.at()));
        }
        if (command.transcript() != null) {
            apply(new AnswerTranscribed(callId, command.turn(), command.recordingSid(), command.transcript(),
                    command.used(), command.at()));
        } else {
            String detail = command.detail() == null ? "" : command.detail();
            apply(new AnswerNotTranscribed(callId, command.turn(), command.recordingSid(), command.failure(),
                    detail.length() > LONGEST_URL ? detail.substring(0, LONGEST_URL) : detail, command.at()));
        }
    }

    /**
     * What came of deleting one of the call's recordings at Twilio once its caller was forgotten: its deletion is
     * recorded once, and so is its failing, which the deleting goes on from.
     */
    @CommandHandler
    public void handle(RecordRecordingDeletion command) {
        String recording = command.recordingSid();
        if (recordingsDeleted.contains(recording)) {
            return;
        }
        if (command.reason() == null) {
            apply(new RecordingDeleted(callId, recording, command.at()));
        } else if (!deletionsFailing.contains(recording)) {
            apply(new RecordingDeletionFailing(callId, recording, command.attempts(), command.reason(), command.at()));
        }
    }

    /** The number the caller's next answer will carry; an answer with a lower one has been heard already. */
    public int nextTurn() {
        return turn + 1;
    }

    @CommandHandler
    public Prompt handle(RecordBooking command) {
        if (stage == Kind.BOOKING && purpose == Purpose.BOOK) {
            apply(new BookingCompleted(callId, command.appointmentId(), command.at()));
        }
        return prompt();
    }

    @CommandHandler
    public Prompt handle(RecordChange command) {
        if (stage == Kind.BOOKING && changing != null) {
            Change change = purpose == Purpose.CANCEL ? Change.CANCELLED : Change.RESCHEDULED;
            apply(new BookingChanged(callId, changing.appointmentId(), change, command.at()));
        }
        return prompt();
    }

    @CommandHandler
    public Prompt handle(RecordSlotTaken command) {
        if (stage == Kind.BOOKING && purpose != Purpose.CANCEL) {
            apply(new SlotUnavailable(callId, chosen.start(), chosen.end(), command.availability().refusal().name(),
                    command.at()));
            offer(command.availability().alternatives(), false, command.at());
        }
        return prompt();
    }

    /** The owner's phone took the call, or did not: then a message is offered where calls may be recorded. */
    @CommandHandler
    public Prompt handle(ReportTransfer command) {
        if (stage != Kind.TRANSFER) {
            return prompt(); // a repeated report
        }
        String status = command.dialStatus();
        if ("completed".equals(status) || "answered".equals(status)) {
            apply(new TransferAnswered(callId, command.at()));
        } else {
            apply(new TransferUnanswered(callId, status, command.at()));
            offerMessage(MessageOffered.Reason.NO_ANSWER, command.at());
        }
        return prompt();
    }

    /** The message Bella offered to take; a second report of it, or one never offered, changes nothing. */
    @CommandHandler
    public Prompt handle(RecordMessage command) {
        if (stage != Kind.TAKE_MESSAGE) {
            return prompt();
        }
        apply(new MessageRecorded(callId, phone, command.recordingSid(), command.durationSeconds(),
                command.recordingPath(), command.at()));
        if (command.recordingPath() == null) {
            String url = command.refusedUrl() == null ? "" : command.refusedUrl();
            apply(new RecordingRefused(callId, command.recordingSid(), url.length() > LONGEST_URL
                    ? url.substring(0, LONGEST_URL) : url, command.at()));
        }
        return prompt();
    }

    /** The first outcome of a message's transcription stands: a retried or repeated one changes nothing. */
    @CommandHandler
    public void handle(RecordTranscript command) {
        if (awaitsTranscript(command.recordingSid())) {
            apply(new MessageTranscribed(callId, command.recordingSid(), command.transcript(), command.at()));
        }
    }

    @CommandHandler
    public void handle(RecordTranscriptionFailure command) {
        if (awaitsTranscript(command.recordingSid())) {
            apply(new TranscriptionFailed(callId, command.recordingSid(), command.reason(), command.detail(),
                    command.at()));
        }
    }

    private boolean awaitsTranscript(String recordingSid) {
        return recordingSid.equals(message) && !messageSettled;
    }

    /**
     * A message is offered only where the caller heard that calls may be recorded; elsewhere the caller hears what
     * Bella said before messages existed: no one is free (and the menu), or, after misses, to call back.
     */
    private void offerMessage(MessageOffered.Reason reason, Instant at) {
        if (recording) {
            apply(new MessageOffered(callId, reason, at));
        }
    }

    @CommandHandler
    public void handle(EndCall command) {
        if (ended) {
            return;
        }
        if (stage.expecting() != Expectation.NOTHING && !served && !failed) {
            apply(new CallFailed(callId, Reason.HUNG_UP, Stage.of(stage), command.at()));
        }
        apply(new CallEnded(callId, command.status(), command.durationSeconds(), command.at()));
    }

    /** What Bella says now; derived from the events alone, so a repeated webhook hears the same words. */
    public Prompt prompt() {
        List<Slot> slots = switch (stage) {
            case OFFER -> offered;
            case CLARIFY -> readings.stream().map(reading -> Slot.of(reading, Duration.ofMinutes(1))).toList();
            case CHOOSE_BOOKING -> upcoming.stream().map(CallerBooking::slot).toList();
            case READ_BACK, BOOKING, BOOKED -> chosen == null ? List.of() : List.of(chosen);
            default -> List.of();
        };
        Preface said = preface;
        if (stage == Kind.ASK_TIME && requestUnmet && refusal == null && said == Preface.NONE) {
            said = Preface.NOTHING_FREE;
        }
        Slot existing = changing == null ? null : changing.slot();
        // After keys not offered, Bella says so rather than that she did not catch the answer.
        boolean repeat = repeatPending();
        Kind kind = !repeat ? stage : stage == Kind.ASK_PHONE ? Kind.REPEAT_PHONE : Kind.REPEAT_NAME;
        if (repeat) {
            said = Preface.NONE; // the request to say it again is all Bella says, an apology of its own
        }
        boolean apology = misses > 0 && said != Preface.KEY_NOT_OFFERED && !repeat;
        return new Prompt(kind, purpose, slots, existing, name(), refusal, apology,
                keypad || misses >= KEYPAD_AFTER_MISSES, said, service, variant);
    }

    /** What the caller has just confirmed, or null when nothing is waiting to be carried out. */
    public Confirmed confirmed() {
        if (stage != Kind.BOOKING) {
            return null;
        }
        String appointmentId = changing == null ? null : changing.appointmentId();
        Slot slot = purpose == Purpose.CANCEL ? changing.slot() : chosen;
        return new Confirmed(purpose, appointmentId, slot, name(), phone, service);
    }

    /** Whether the answer was of use; a name or a service given unasked counts, though the question still stands. */
    private boolean understand(HearCaller command, Understood understood) {
        Kind asked = stage;
        boolean serviceNamed = choosesService(understood, command.at());
        boolean named = notesName(understood, command.at());
        return answers(asked, command, understood) || serviceNamed || named;
    }

    private boolean answers(Kind asked, HearCaller command, Understood understood) {
        Availability availability = command.availability();
        Instant at = command.at();
        boolean unsure = command.heard().channel() == Channel.SPEECH && command.heard().confidence() < UNSURE_BELOW;
        if (understood.intent() == Intent.HOURS && asked != Kind.MENU && asked.expecting() != Expectation.NOTHING) {
            // "Wait, what are your hours?": answered, and the question asked again, the booking kept.
            apply(new HoursGiven(callId, at));
            return true;
        }
        if (closes(asked, understood)) {
            apply(new CallerClosed(callId, Stage.of(asked), at));
            return true;
        }
        if (changesPurpose(asked, understood)) {
            return understood.intent() == Intent.HUMAN
                    ? chooseFromMenu(understood, availability, unsure, at, command.personAvailable())
                    : change(understood, availability, unsure, at);
        }
        switch (asked) {
            case MENU:
                return chooseFromMenu(understood, availability, unsure, at, command.personAvailable());
            case ASK_SERVICE:
            case ASK_TIME:
                if (asked == Kind.ASK_TIME && !understood.hasTime() && isChange(understood.intent())) {
                    return change(understood, availability, unsure, at);
                }
                if (asked == Kind.ASK_TIME && suggestsMove(understood, at)) {
                    return true;
                }
                // At ASK_SERVICE, a time said instead of a service is kept, and the service asked again.
                return understood.hasTime() && request(understood, availability, unsure, at);
            case CLARIFY:
            case OFFER:
                return choose(understood, availability, unsure, at);
            case CHOOSE_BOOKING:
                return chooseBooking(understood, availability, unsure, at);
            case ASK_NAME:
                return understood.name() != null && name(understood.name(), availability, at);
            case ASK_PHONE:
                return understood.phone() != null && number(understood.phone(), availability, at);
            case READ_BACK:
                Optional<Slot> corrected = choiceCorrected(understood);
                if (corrected.isPresent()) {
                    if (!goneSinceOffered(corrected.get(), availability, at)) {
                        accept(corrected.get(), at);
                    }
                    return true;
                }
                return confirm(understood, availability, unsure, at);
            case CONFIRM_CANCEL:
                return confirmCancel(understood, at);
            case CONFIRM_MOVE:
                return confirmMove(understood, availability, unsure, at);
            default:
                return false;
        }
    }

    /**
     * "Thanks, that's all", "great, bye": words that close the conversation and ask for nothing else, after any
     * answer. At a yes-or-no question only a "no" closes it ("no thanks, bye"): a yes answers the question, and
     * thanks alone leave it standing.
     */
    private static boolean closes(Kind asked, Understood understood) {
        Intent intent = understood.intent();
        boolean asksNothing = !understood.hasTime() && understood.name() == null && understood.phone() == null
                && understood.choice() == null && understood.service() == null && understood.shift() == null
                && (intent == Intent.YES || intent == Intent.NO || intent == Intent.OTHER);
        boolean answersYesOrNo = asked.expecting() == Expectation.CONFIRMATION && intent != Intent.NO;
        return understood.closing() && asksNothing && !answersYesOrNo;
    }

    /**
     * Mid-booking, a caller may turn to another errand: "actually I want to cancel my appointment", "can I talk to
     * someone". At the read-back "cancel" declines the booking read, so it is left to {@link #confirm}.
     */
    private boolean changesPurpose(Kind asked, Understood understood) {
        boolean midBooking = purpose == Purpose.BOOK && EnumSet.of(Kind.ASK_SERVICE, Kind.OFFER, Kind.CLARIFY,
                Kind.ASK_NAME, Kind.ASK_PHONE).contains(asked);
        boolean human = understood.intent() == Intent.HUMAN && asked != Kind.MENU && asked != Kind.CONFIRM_CANCEL;
        // "I was calling to cancel the one I have next week": the time says which booking, not a new request.
        boolean cancels = understood.intent() == Intent.CANCEL;
        return human || midBooking && isChange(understood.intent()) && (cancels || !understood.hasTime());
    }

    /** @param personAvailable whether a person can be rung now, should the caller ask for one */
    private boolean chooseFromMenu(Understood understood, Availability availability, boolean unsure, Instant at,
                                   boolean personAvailable) {
        Intent intent = understood.intent();
        if (isChange(intent)) {
            return change(understood, availability, unsure, at);
        }
        // "What time do you close on Friday" names a day, yet asks for the hours.
        boolean errand = intent == Intent.HOURS || intent == Intent.HUMAN;
        if (!errand && (understood.hasTime() || understood.service() != null)) {
            intent = Intent.BOOK;
        }
        switch (intent) {
            case BOOK:
            case YES:
                if (suggestsMove(understood, at)) {
                    return true;
                }
                apply(new IntentDetected(callId, Intent.BOOK.name(), at));
                return !understood.hasTime() || request(understood, availability, unsure, at);
            case HOURS:
                apply(new IntentDetected(callId, intent.name(), at));
                apply(new HoursGiven(callId, at));
                return true;
            case HUMAN:
                apply(new IntentDetected(callId, intent.name(), at));
                if (personAvailable) {
                    apply(new TransferStarted(callId, at));
                } else {
                    offerMessage(MessageOffered.Reason.NO_ONE_AVAILABLE, at);
                }
                return true;
            case NO:
                apply(new CallerDeclined(callId, Stage.of(stage), at));
                return true;
            default:
                return false;
        }
    }

    /** Records a name the caller gave before being asked ("this is John, I'd like Monday at 10"); true if one was. */
    private boolean notesName(Understood understood, Instant at) {
        boolean early = stage == Kind.MENU || stage == Kind.ASK_SERVICE || stage == Kind.ASK_TIME
                || stage == Kind.OFFER;
        if (!early || understood.name() == null || understood.name().equals(name) || purpose != Purpose.BOOK) {
            return false;
        }
        apply(new CallerNamed(callId, understood.name(), at));
        return true;
    }

    /**
     * Records a service the caller named while a new booking is being arranged or read back ("no, it's for the
     * initial assessment"); true when one was. Something the business does not offer is never booked as its first
     * service: Bella asks which of hers the caller wants.
     */
    private boolean choosesService(Understood understood, Instant at) {
        boolean arranging = stage == Kind.MENU || stage == Kind.ASK_SERVICE || stage == Kind.ASK_TIME
                || stage == Kind.READ_BACK;
        String named = understood.service();
        if (!arranging || named == null || purpose != Purpose.BOOK) {
            return false;
        }
        if (!services.contains(named)) {
            apply(new ServiceNotOffered(callId, named, at));
        } else if (!named.equals(service)) {
            apply(new ServiceChosen(callId, named, at));
        }
        return true;
    }

    private boolean needsService() {
        return (services.size() > 1 || serviceNotOffered) && service == null && purpose == Purpose.BOOK;
    }

    private static boolean isChange(Intent intent) {
        return intent == Intent.CANCEL || intent == Intent.RESCHEDULE;
    }

    /**
     * "Cancel my appointment", "move it to Friday at 3": find which booking, then go on. A time that is one of the
     * caller's bookings ("I can't make my appointment on Monday") says which booking, not where to move it.
     */
    private boolean change(Understood understood, Availability availability, boolean unsure, Instant at) {
        if (changing == null && upcoming.isEmpty()) {
            Purpose wanted = understood.intent() == Intent.CANCEL ? Purpose.CANCEL : Purpose.RESCHEDULE;
            apply(new NoBookingToChange(callId, wanted, at));
            return true;
        }
        apply(new IntentDetected(callId, understood.intent().name(), at));
        List<CallerBooking> named = understood.hasTime() ? upcoming.stream()
                .filter(booking -> !CallContext.matching(List.of(booking.slot()), understood, zone).isEmpty())
                .toList() : List.of();
        if (changing == null && (upcoming.size() == 1 || named.size() == 1)) {
            CallerBooking booking = upcoming.size() == 1 ? upcoming.get(0) : named.get(0);
            apply(new BookingChosen(callId, booking.appointmentId(), at));
        }
        if (stage == Kind.ASK_TIME && understood.hasTime() && named.isEmpty()) {
            return request(understood, availability, unsure, at);
        }
        return true;
    }

    /**
     * A caller with bookings who asks for a time while referring to one of them ("push my Monday appointment to
     * Friday", "my dog's appointment on Monday", or the day of one) may mean to move it, not to book a second: Bella
     * asks which when they have several and named none, else whether to move the one named. True when she asks.
     */
    private boolean suggestsMove(Understood understood, Instant at) {
        if (purpose != Purpose.BOOK || upcoming.isEmpty() || !understood.hasTime() || moveDeclined) {
            return false;
        }
        List<CallerBooking> named = understood.dateSaid() ? upcoming.stream()
                .filter(booking -> !CallContext.matching(List.of(booking.slot()), understood, zone).isEmpty())
                .toList() : List.of();
        if (named.size() == 1 || understood.aboutBooking() && upcoming.size() == 1) {
            CallerBooking booking = named.size() == 1 ? named.get(0) : upcoming.get(0);
            apply(new SlotRequested(callId, understood.start(), understood.end(), understood.grain().name(), at));
            apply(new MoveSuggested(callId, booking.appointmentId(), at));
            return true;
        }
        if (understood.aboutBooking()) {
            apply(new IntentDetected(callId, Intent.RESCHEDULE.name(), at));
            return true;
        }
        return false;
    }

    /** Yes moves the booking, to the time asked for unless that was the booking's own; no asks for a new one's. */
    private boolean confirmMove(Understood understood, Availability availability, boolean unsure, Instant at) {
        switch (understood.intent()) {
            case YES:
                apply(new IntentDetected(callId, Intent.RESCHEDULE.name(), at));
                return !understood.hasTime() || request(understood, availability, unsure, at);
            case NO:
                apply(new CallerDeclined(callId, Stage.of(stage), at));
                return true;
            default:
                return false;
        }
    }

    private boolean chooseBooking(Understood understood, Availability availability, boolean unsure, Instant at) {
        Optional<CallerBooking> picked = understood.picked(upcoming.size()).map(upcoming::get);
        if (picked.isEmpty() && understood.hasTime()) {
            List<Slot> bookings = upcoming.stream().map(CallerBooking::slot).toList();
            List<Slot> matching = CallContext.matching(bookings, understood, zone);
            picked = upcoming.stream().filter(booking -> matching.size() == 1
                    && booking.slot().equals(matching.get(0))).findFirst();
        }
        if (picked.isPresent()) {
            apply(new BookingChosen(callId, picked.get().appointmentId(), at));
            return true;
        }
        if (understood.intent() == Intent.NO) {
            apply(new CallerDeclined(callId, Stage.of(stage), at));
            return true;
        }
        return false;
    }

    private boolean request(Understood understood, Availability availability, boolean unsure, Instant at) {
        apply(new SlotRequested(callId, understood.start(), understood.end(), understood.grain().name(), at));
        if (understood.passed() != null) {
            // "November 3rd" on the 27th: asked back, never read as a year on nor refused as too far ahead.
            List<Instant> meant = Stream.of(understood.start(), understood.otherReading()).filter(Objects::nonNull)
                    .toList();
            apply(new RequestUnclear(callId, What.DATE_PASSED, meant, at));
            return true;
        }
        if (needsService()) {
            // The diary's answer depends on the service's length: ask it first, keeping the time for after.
            apply(new RequestUnclear(callId, What.NO_SERVICE, List.of(), at));
            return true;
        }
        if (!availability.calendarConsulted()) {
            apply(new CalendarSkipped(callId, at));
        }
        if (understood.otherReading() != null) {
            List<Instant> both = Stream.of(understood.start(), understood.otherReading()).sorted().toList();
            apply(new RequestUnclear(callId, What.TWO_READINGS, both, at));
            return true;
        }
        if (availability.requestedIsFree()) {
            if (unsure) {
                apply(new RequestUnclear(callId, What.LOW_CONFIDENCE, List.of(), at));
                offer(List.of(availability.requested()), false, at);
            } else {
                accept(availability.requested(), at);
            }
            return true;
        }
        if (availability.refusal() != null) {
            Slot requested = availability.requested();
            apply(new SlotUnavailable(callId, requested.start(), requested.end(), availability.refusal().name(), at));
        } else if (!understood.timeSaid()) {
            apply(new RequestUnclear(callId, What.NO_TIME_OF_DAY, List.of(), at));
        }
        offer(availability.alternatives(), false, at);
        return true;
    }

    /** Offers the slots, on the keypad when asked to or once it has taken over. */
    private void offer(List<Slot> slots, boolean onKeys, Instant at) {
        if (slots.isEmpty()) {
            return;
        }
        List<Instant> starts = slots.stream().map(Slot::start).toList();
        apply(new SlotsOffered(callId, starts, slots.get(0).length(), onKeys || keypad, at));
    }

    /**
     * An offer is taken by its place ("the second", key 2) or its time ("three"); a spoken number that is both
     * goes to the offered time when one matches. Any other time starts over from that request.
     */
    private boolean choose(Understood understood, Availability availability, boolean unsure, Instant at) {
        Optional<Slot> picked = stage == Kind.OFFER ? offerPicked(understood) : Optional.empty();
        if (picked.isPresent()) {
            if (!goneSinceOffered(picked.get(), availability, at)) {
                accept(picked.get(), at);
            }
            return true;
        }
        if (stage == Kind.CLARIFY && understood.otherReading() != null) {
            return false; // the same two-way words again: after a second time, the keypad settles it
        }
        if (understood.hasTime()) {
            request(understood, availability, unsure, at);
            return true;
        }
        if (understood.intent() == Intent.NO) {
            apply(new CallerDeclined(callId, Stage.of(stage), at));
            return true;
        }
        return false;
    }

    private void accept(Slot slot, Instant at) {
        apply(new SlotAccepted(callId, slot.start(), slot.end(), at));
        readBackWhenComplete(at);
    }

    private boolean name(String spoken, Availability availability, Instant at) {
        apply(new CallerNamed(callId, spoken, at));
        if (chosen == null || !goneSinceOffered(chosen, availability, at)) {
            readBackWhenComplete(at);
        }
        return true;
    }

    private boolean number(String e164, Availability availability, Instant at) {
        apply(new CallerNumberGiven(callId, e164, at));
        if (chosen == null || !goneSinceOffered(chosen, availability, at)) {
            readBackWhenComplete(at);
        }
        return true;
    }

    /**
     * When the diary, checking the slot again (see {@link #slotToRecheck}), found it booked by another caller since
     * it was offered: says so and offers what is free instead, as for a time asked for that is taken.
     */
    private boolean goneSinceOffered(Slot slot, Availability availability, Instant at) {
        if (!slot.equals(availability.requested()) || availability.refusal() == null) {
            return false;
        }
        apply(new SlotUnavailable(callId, slot.start(), slot.end(), availability.refusal().name(), at));
        offer(availability.alternatives(), false, at);
        return true;
    }

    private void readBackWhenComplete(Instant at) {
        if (chosen != null && detailsStage() == Kind.READ_BACK) {
            apply(new BookingReadBack(callId, chosen.start(), chosen.end(), name(), at));
        }
    }

    private boolean confirm(Understood understood, Availability availability, boolean unsure, Instant at) {
        if (understood.hasTime()) {
            return request(understood, availability, unsure, at);
        }
        if (understood.name() != null && purpose == Purpose.BOOK) {
            // "No, Marya": one word said at the read-back corrects the part of the name it is closest to, as does
            // one word written apart ("Bear Head" for "Bearhead").
            String said = understood.name();
            boolean part = name() != null && (!said.contains(" ") || Names.isOneWordOf(name(), said));
            return name(part ? Names.corrected(name(), said) : said, availability, at);
        }
        switch (understood.intent()) {
            case YES:
                if (purpose == Purpose.RESCHEDULE) {
                    apply(new RescheduleConfirmedByCaller(callId, changing.appointmentId(), chosen.start(),
                            chosen.end(), at));
                } else {
                    apply(new BookingConfirmedByCaller(callId, chosen.start(), chosen.end(), name(), phone, at));
                }
                return true;
            case NO:
            case CANCEL:
                apply(new CallerDeclined(callId, Stage.of(stage), at));
                return true;
            default:
                return false;
        }
    }

    private boolean confirmCancel(Understood understood, Instant at) {
        switch (understood.intent()) {
            case YES:
            case CANCEL:
                apply(new CancellationConfirmedByCaller(callId, changing.appointmentId(), at));
                return true;
            case NO:
                apply(new CallerDeclined(callId, Stage.of(stage), at));
                return true;
            default:
                return false;
        }
    }

    private void miss(HearCaller command, Expectation asked) {
        int inRow = misses + 1;
        apply(new UtteranceNotUnderstood(callId, command.turn(), asked.name(), inRow, command.at()));
        if (inRow >= GIVE_UP_AFTER_MISSES) {
            apply(new CallFailed(callId, Reason.NOT_UNDERSTOOD, Stage.of(stage), command.at()));
            offerMessage(MessageOffered.Reason.NOT_UNDERSTOOD, command.at());
        } else if (inRow == KEYPAD_AFTER_MISSES) {
            if (!keypad) {
                apply(new KeypadTookOver(callId, command.at()));
            }
            if (stage == Kind.OFFER) {
                offer(offered, true, command.at());
            } else if (stage == Kind.ASK_TIME) {
                offer(command.availability().alternatives(), true, command.at());
            }
        }
    }

    /** Keys the question did not name: heard clearly, so no miss; the same question again, with its options. */
    private void keyNotOffered(HearCaller command, Expectation asked) {
        int inRow = wrongKeys + 1;
        apply(new KeyNotOffered(callId, command.turn(), command.heard().text(), asked.name(), inRow, command.at()));
        if (inRow >= GIVE_UP_AFTER_MISSES) {
            apply(new CallFailed(callId, Reason.KEYS_NOT_OFFERED, Stage.of(stage), command.at()));
            offerMessage(MessageOffered.Reason.NOT_UNDERSTOOD, command.at());
        }
    }

    private String name() {
        return name != null ? name : knownName;
    }

    private Kind detailsStage() {
        if (purpose == Purpose.RESCHEDULE) {
            return Kind.READ_BACK;
        }
        if (name() == null) {
            return Kind.ASK_NAME;
        }
        return phone == null ? Kind.ASK_PHONE : Kind.READ_BACK;
    }

    private void progress(Kind next) {
        stage = next;
        misses = 0;
        wrongKeys = 0;
    }

    @EventSourcingHandler
    void on(CallStarted event) {
        callId = event.callId();
        services = event.services();
        zone = ZoneId.of(event.zone());
        phone = event.from();
        stage = Kind.MENU;
        preface = Preface.WELCOME;
    }

    @EventSourcingHandler
    void on(PromptVariantAssigned event) {
        variant = event.wording();
    }

    @EventSourcingHandler
    void on(CallerRecognized event) {
        knownName = event.name();
        preface = Preface.WELCOME_BACK;
    }

    @EventSourcingHandler
    void on(CallerBookingsFound event) {
        List<CallerBooking> found = new ArrayList<>();
        for (int i = 0; i < event.appointmentIds().size(); i++) {
            found.add(new CallerBooking(event.appointmentIds().get(i),
                    new Slot(event.starts().get(i), event.ends().get(i))));
        }
        upcoming = List.copyOf(found);
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
    void on(KeypadTookOver event) {
        keypad = true;
    }

    @EventSourcingHandler
    void on(KeyNotOffered event) {
        wrongKeys = event.inRow();
        preface = Preface.KEY_NOT_OFFERED;
    }

    @EventSourcingHandler
    void on(IntentDetected event) {
        Intent intent = Intent.valueOf(event.intent());
        switch (intent) {
            case BOOK:
                purpose = Purpose.BOOK;
                progress(needsService() ? Kind.ASK_SERVICE : Kind.ASK_TIME);
                break;
            case CANCEL:
            case RESCHEDULE:
                if (changing == null && upcoming.isEmpty()) {
                    // Only streams written before NoBookingToChange existed hold this: the same fact, unnamed.
                    noBookingToChange();
                    break;
                }
                purpose = intent == Intent.CANCEL ? Purpose.CANCEL : Purpose.RESCHEDULE;
                if (changing != null) {
                    progress(purpose == Purpose.CANCEL ? Kind.CONFIRM_CANCEL : Kind.ASK_TIME);
                } else {
                    progress(Kind.CHOOSE_BOOKING);
                }
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
    void on(NoBookingToChange event) {
        noBookingToChange();
    }

    private void noBookingToChange() {
        purpose = Purpose.BOOK;
        progress(Kind.MENU);
        preface = Preface.NO_BOOKING_FOUND;
    }

    @EventSourcingHandler
    void on(BookingChosen event) {
        changing = upcoming.stream().filter(booking -> booking.appointmentId().equals(event.appointmentId()))
                .findFirst().orElseThrow();
        progress(purpose == Purpose.CANCEL ? Kind.CONFIRM_CANCEL : Kind.ASK_TIME);
    }

    @EventSourcingHandler
    void on(MoveSuggested event) {
        changing = upcoming.stream().filter(booking -> booking.appointmentId().equals(event.appointmentId()))
                .findFirst().orElseThrow();
        requestUnmet = false;
        progress(Kind.CONFIRM_MOVE);
    }

    @EventSourcingHandler
    void on(ServiceNotOffered event) {
        service = null;
        serviceNotOffered = true;
        preface = Preface.SERVICE_NOT_OFFERED;
    }

    @EventSourcingHandler
    void on(ServiceChosen event) {
        service = event.service();
        serviceNotOffered = false;
        if (stage == Kind.ASK_SERVICE) {
            progress(Kind.ASK_TIME);
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
        readings = List.of();
        ZonedDateTime start = event.start().atZone(zone);
        Grain grain = Grain.valueOf(event.grain());
        boolean dayOnly = grain == Grain.DAY || grain == Grain.WEEK || grain == Grain.MONTH;
        lastRequest = new Understood(Intent.BOOK, event.start(), event.end(), grain, !dayOnly, true, null, null, null,
                null, null, null);
        boolean moment = event.end() == null && (grain == Grain.MINUTE || grain == Grain.HOUR);
        contextTime = moment ? start.toLocalTime() : null;
        contextDay = grain == Grain.DAY || event.end() != null && grain == Grain.HOUR ? start.toLocalDate() : null;
    }

    @EventSourcingHandler
    void on(RequestUnclear event) {
        switch (event.what()) {
            case TWO_READINGS:
                readings = event.readings();
                stage = Kind.CLARIFY;
                requestUnmet = false;
                break;
            case DATE_PASSED:
                readings = event.readings();
                stage = Kind.CLARIFY;
                requestUnmet = false;
                preface = Preface.DATE_PASSED;
                break;
            case NO_SERVICE:
                stage = Kind.ASK_SERVICE;
                requestUnmet = false;
                break;
            case NO_TIME_OF_DAY:
                preface = Preface.NO_TIME_OF_DAY;
                break;
            case LOW_CONFIDENCE:
            case OTHER:
                break; // nothing to apply: a time heard faintly is offered back by the SlotsOffered that follows
        }
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
        List<LocalDate> days = offered.stream().map(slot -> slot.start().atZone(zone).toLocalDate()).distinct()
                .toList();
        if (days.size() == 1) {
            contextDay = days.get(0);
        }
    }

    @EventSourcingHandler
    void on(SlotAccepted event) {
        chosen = new Slot(event.start(), event.end());
        requestUnmet = false;
        lastRequest = null;
        // "Make it 5" keeps the day, "Thursday instead" keeps the time.
        contextDay = event.start().atZone(zone).toLocalDate();
        contextTime = event.start().atZone(zone).toLocalTime();
        progress(detailsStage());
    }

    @EventSourcingHandler
    void on(CallerNamed event) {
        name = event.name();
        if (chosen != null) {
            progress(detailsStage());
        }
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
    void on(RescheduleConfirmedByCaller event) {
        progress(Kind.BOOKING);
    }

    @EventSourcingHandler
    void on(CancellationConfirmedByCaller event) {
        progress(Kind.BOOKING);
    }

    @EventSourcingHandler
    void on(CallerDeclined event) {
        Stage declinedAt = event.stage();
        chosen = null;
        if (declinedAt == Stage.MENU) {
            progress(Kind.GOODBYE);
        } else if (declinedAt == Stage.CONFIRM_MOVE) {
            changing = null;
            moveDeclined = true;
            progress(Kind.ASK_TIME);
        } else if (declinedAt == Stage.CHOOSE_BOOKING || declinedAt == Stage.CONFIRM_CANCEL) {
            purpose = Purpose.BOOK;
            changing = null;
            progress(Kind.MENU);
        } else {
            progress(Kind.ASK_TIME);
        }
    }

    @EventSourcingHandler
    void on(CallerClosed event) {
        progress(Kind.GOODBYE);
    }

    @EventSourcingHandler
    void on(BookingCompleted event) {
        progress(Kind.BOOKED);
        served = true;
    }

    @EventSourcingHandler
    void on(BookingChanged event) {
        progress(event.change() == Change.CANCELLED ? Kind.CANCELLED : Kind.BOOKED);
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

    @EventSourcingHandler
    void on(RecordingDisclosed event) {
        recording = true;
        preface = preface == Preface.WELCOME_BACK ? Preface.WELCOME_BACK_RECORDED : Preface.WELCOME_RECORDED;
    }

    @EventSourcingHandler
    void on(TransferStarted event) {
        progress(Kind.TRANSFER);
        preface = Preface.NONE;
    }

    @EventSourcingHandler
    void on(TransferAnswered event) {
        progress(Kind.TRANSFERRED);
        served = true;
    }

    @EventSourcingHandler
    void on(TransferUnanswered event) {
        progress(Kind.MENU);
        preface = Preface.NO_ANSWER;
    }

    @EventSourcingHandler
    void on(MessageOffered event) {
        progress(Kind.TAKE_MESSAGE);
        preface = switch (event.reason()) {
            case NO_ONE_AVAILABLE -> Preface.NO_ONE_TO_TRANSFER_TO;
            case NO_ANSWER -> Preface.NO_ANSWER;
            case NOT_UNDERSTOOD -> Preface.NOT_UNDERSTOOD;
        };
    }

    @EventSourcingHandler
    void on(MessageRecorded event) {
        message = event.recordingSid();
        progress(Kind.MESSAGE_TAKEN);
        preface = Preface.NONE;
        served = true;
    }

    @EventSourcingHandler
    void on(RecordingRefused event) {
        messageSettled = true;
    }

    @EventSourcingHandler
    void on(MessageTranscribed event) {
        messageSettled = true;
    }

    @EventSourcingHandler
    void on(TranscriptionFailed event) {
        messageSettled = true;
    }

    @EventSourcingHandler
    void on(RecordingDeleted event) {
        recordingsDeleted.add(event.recordingSid());
    }

    @EventSourcingHandler
    void on(RecordingDeletionFailing event) {
        deletionsFailing.add(event.recordingSid());
    }

    @EventSourcingHandler
    void on(AnswerDoubted event) {
        doubtedTurn = event.turn();
        doubted = new Heard(event.heard(), event.confidence(), Channel.SPEECH);
        repeatSettled = false;
    }

    @EventSourcingHandler
    void on(AnswerTranscribed event) {
        repeatSettled = true;
    }

    @EventSourcingHandler
    void on(AnswerNotTranscribed event) {
        repeatSettled = true;
    }
}
