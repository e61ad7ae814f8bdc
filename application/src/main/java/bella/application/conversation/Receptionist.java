package bella.application.conversation;

import bella.application.answers.Transcription;
import bella.application.appointments.Appointments;
import bella.application.appointments.Customers;
import bella.application.availability.Diary;
import bella.application.understanding.PhoneNumbers;
import bella.domain.booking.Slot;
import bella.domain.call.CallerBooking;
import bella.domain.call.Channel;
import bella.domain.call.EndCall;
import bella.domain.call.Expectation;
import bella.domain.call.Heard;
import bella.domain.call.Prompt;
import bella.domain.call.RecordMessage;
import bella.domain.call.ReportTransfer;
import bella.domain.call.StartCall;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The use cases the phone network drives: answer a call, hear each answer, and note its end. */
public class Receptionist {

    /** Longer answers are cut: nobody books an appointment in more words, and events stay small. */
    static final int LONGEST_ANSWER = 1_000;

    private final CommandGateway commands;
    private final Customers customers;
    private final Appointments appointments;
    private final Diary diary;
    private final PhoneNumbers numbers;
    private final Phrasing phrasing;
    private final ZoneId zone;
    private final List<String> services;
    private final PromptVariants variants;
    private final BoundedWork bounded;
    private final Clock clock;
    private final boolean recording;

    /**
     * @param bounded   how a webhook's work runs, and how long the caller waits for it
     * @param recording whether calls may be recorded (CALL_RECORDING_ENABLED): the greeting says so, and only
     *                  then are messages taken
     */
    public Receptionist(CommandGateway commands, Customers customers, Appointments appointments, Diary diary,
                        PhoneNumbers numbers, Phrasing phrasing, ZoneId zone, List<String> services,
                        PromptVariants variants, BoundedWork bounded, Clock clock, boolean recording) {
        this.commands = commands;
        this.customers = customers;
        this.appointments = appointments;
        this.diary = diary;
        this.numbers = numbers;
        this.phrasing = phrasing;
        this.zone = zone;
        this.services = List.copyOf(services);
        this.variants = variants;
        this.bounded = bounded;
        this.clock = clock;
        this.recording = recording;
    }

    /** Greets the caller; TooLongToAnswer when that cannot be done in time, with nothing recorded. */
    public Reply answer(String callId, String from, String to) {
        Prompt prompt = bounded.run("the call " + callId, attempt -> {
            String caller = numbers.e164(from).orElse(null);
            String knownName = caller == null ? null : customers.nameOf(caller).orElse(null);
            Instant now = clock.instant();
            List<CallerBooking> upcoming = caller == null ? List.of() : appointments.upcomingFor(caller, now).stream()
                    .map(booked -> new CallerBooking(booked.id(), new Slot(booked.start(), booked.end())))
                    .toList();
            return commands.sendAndWait(tried(new StartCall(callId, caller, to, zone, knownName, upcoming, services,
                    now, variants.forCall(callId).orElse(null), recording), attempt));
        });
        return reply(prompt, 1);
    }

    /**
     * @param turn       the turn the answer's action URL named; one the Call has heard already changes nothing
     * @param speech     what the recogniser heard, or null
     * @param confidence the recogniser's confidence, or null when it gave none
     * @param digits     the keys pressed, or null
     * @throws TooLongToAnswer when the turn cannot be done in time; nothing of it is then recorded
     */
    public Reply hear(String callId, int turn, String speech, Double confidence, String digits) {
        NextTurn next = bounded.run("turn " + turn + " of the call " + callId, attempt -> {
            diary.prepare(clock.instant());
            try {
                return commands.sendAndWait(tried(new HandleTurn(callId, turn, heard(speech, confidence, digits),
                        clock.instant()), attempt));
            } catch (AggregateNotFoundException unknown) {
                throw new UnknownCall(callId);
            }
        });
        return reply(next.prompt(), next.number());
    }

    /**
     * How the call put through to the owner ended (Twilio's dial status). The caller's next answer, should Bella
     * ask something, carries {@code turn}: no answer was heard while the owner's phone rang.
     */
    public Reply transferred(String callId, int turn, String dialStatus) {
        Prompt prompt = bounded.run("the transfer of the call " + callId, attempt ->
                known(callId, () -> commands.sendAndWait(tried(new ReportTransfer(callId, dialStatus,
                        clock.instant()), attempt))));
        return reply(prompt, turn);
    }

    /**
     * The caller's message, recorded by Twilio. {@code recordingPath} is its media's path under Twilio's API, or
     * null when {@code recordingUrl} pointed anywhere else: then it is recorded as refused and never fetched.
     */
    public Reply recorded(String callId, String recordingSid, long durationSeconds, String recordingPath,
                          String recordingUrl) {
        Prompt prompt = bounded.run("the message of the call " + callId, attempt ->
                known(callId, () -> commands.sendAndWait(tried(new RecordMessage(callId, recordingSid,
                        durationSeconds, recordingPath, recordingPath == null ? recordingUrl : null,
                        clock.instant()), attempt))));
        return reply(prompt, 0);
    }

    /**
     * The answer Bella asked to hear again after the tone, with what came of its transcription; {@code recordingSid}
     * is null when the caller said nothing, so Twilio recorded nothing.
     *
     * @throws TooLongToAnswer when the turn cannot be done in time; nothing of it is then recorded
     */
    public Reply heardAgain(String callId, int turn, String recordingSid, long durationSeconds,
                            Transcription transcription) {
        Transcription said = transcription.words() == null ? transcription : Transcription.of(clean(
                transcription.words()));
        NextTurn next = bounded.run("turn " + turn + " said again in the call " + callId, attempt -> {
            diary.prepare(clock.instant());
            return known(callId, () -> commands.sendAndWait(tried(new HearAgain(callId, turn, recordingSid,
                    durationSeconds, said, clock.instant()), attempt)));
        });
        return reply(next.prompt(), next.number());
    }

    private static <T> T known(String callId, Supplier<T> work) {
        try {
            return work.get();
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownCall(callId);
        }
    }

    public void end(String callId, String status, long durationSeconds) {
        try {
            commands.sendAndWait(new EndCall(callId, status, durationSeconds, clock.instant()));
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownCall(callId);
        }
    }

    /** The command with the webhook's attempt, which {@link AbandonedWork} keeps from committing once given up. */
    private static CommandMessage<?> tried(Object command, Attempt attempt) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(Attempt.KEY, attempt));
    }

    private Reply reply(Prompt prompt, int nextTurn) {
        return new Reply(phrasing.words(prompt), prompt.expecting(), nextTurn, vocabulary(prompt), then(prompt));
    }

    private static Reply.Then then(Prompt prompt) {
        if (prompt.kind() == Prompt.Kind.TRANSFER) {
            return Reply.Then.DIAL;
        }
        if (prompt.kind() == Prompt.Kind.TAKE_MESSAGE) {
            return Reply.Then.RECORD;
        }
        if (prompt.repeatsAnswer()) {
            return Reply.Then.RECORD_ANSWER;
        }
        return prompt.expecting() == Expectation.NOTHING ? Reply.Then.HANG_UP : Reply.Then.LISTEN;
    }

    /**
     * The services where a caller may name one: asked for it, at the menu ("a cleaning tomorrow") and at the
     * read-back ("no, it's for the checkup"); the caller's name where it is asked or read back.
     */
    private List<String> vocabulary(Prompt prompt) {
        List<String> words = new ArrayList<>();
        Expectation expecting = prompt.expecting();
        if (expecting == Expectation.SERVICE || expecting == Expectation.INTENT
                || expecting == Expectation.CONFIRMATION) {
            words.addAll(services);
        }
        if (prompt.name() != null && (expecting == Expectation.NAME || expecting == Expectation.CONFIRMATION)) {
            words.add(prompt.name());
        }
        return words;
    }

    static Heard heard(String speech, Double confidence, String digits) {
        String keys = clean(digits);
        if (!keys.isEmpty()) {
            return new Heard(keys, 1, Channel.KEYPAD);
        }
        String words = clean(speech);
        if (words.isEmpty()) {
            return Heard.silence();
        }
        // A recogniser that reports no confidence reports no doubt either; a nonsensical one is doubt.
        double sure = confidence == null ? 1 : confidence.isNaN() ? 0 : Math.max(0, Math.min(1, confidence));
        return new Heard(words, sure, Channel.SPEECH);
    }

    /** Control characters never reach events or speech; over-long answers are cut. */
    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String cut = raw.length() > LONGEST_ANSWER
                ? raw.substring(0, raw.offsetByCodePoints(0, raw.codePointCount(0, LONGEST_ANSWER))) : raw;
        return cut.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
