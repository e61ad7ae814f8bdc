package bella.application.forgetting;

import bella.application.messages.Recordings;
import bella.domain.call.AnswerRecorded;
import bella.domain.call.MessageRecorded;
import bella.domain.call.RecordRecordingDeletion;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Deletes a forgotten person's recordings at the phone network: {@link #forget} queues the recordings their calls
 * made (messages and answers said again), and {@link #deleteDue}, on a worker holding no transaction, deletes what
 * is due, recording each deletion on its Call. A try that fails is repeated after a pause that doubles from
 * {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}, without end: after {@link #FAILING_AFTER} tries the owner is
 * shown the recording as failing (an event on the Call, a WARN line), and Bella goes on trying.
 */
public class RecordingDeleter {

    public static final Duration FIRST_PAUSE = Duration.ofSeconds(15);
    public static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    /** Tries after which the owner is told: pauses of 15 s, 30 s, 1, 2 and 4 min, so about 8 minutes on. */
    public static final int FAILING_AFTER = 6;
    private static final int BATCH = 10;
    private static final Logger log = LoggerFactory.getLogger(RecordingDeleter.class);

    private final RecordingDeletions deletions;
    private final Recordings recordings;
    private final EventStore events;
    private final CommandGateway commands;
    private final Clock clock;

    public RecordingDeleter(RecordingDeletions deletions, Recordings recordings, EventStore events,
                            CommandGateway commands, Clock clock) {
        this.deletions = deletions;
        this.recordings = recordings;
        this.events = events;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * Queues the recordings of these records (calls and appointments filed under a person), read from their calls'
     * events; to be done before their keys are destroyed, while the events still read whole.
     *
     * @return how many recordings were queued
     */
    public int forget(List<String> records) {
        Instant now = clock.instant();
        int queued = 0;
        for (String record : records) {
            List<String> made;
            try (Stream<? extends Message<?>> stream = events.readEvents(record).asStream()) {
                made = stream.map(Message::getPayload).map(RecordingDeleter::recordingSid)
                        .filter(Objects::nonNull).distinct().toList();
            }
            for (String recording : made) {
                if (deletions.queue(recording, record, now)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private static String recordingSid(Object event) {
        if (event instanceof MessageRecorded message) {
            return message.recordingSid();
        }
        return event instanceof AnswerRecorded answer ? answer.recordingSid() : null;
    }

    /** Tries every deletion now due. */
    public void deleteDue() {
        for (RecordingDeletions.PendingDeletion due : deletions.due(clock.instant(), BATCH)) {
            delete(due);
        }
    }

    private void delete(RecordingDeletions.PendingDeletion due) {
        int tries = due.attempts() + 1;
        try {
            recordings.delete(due.recordingSid());
        } catch (Recordings.Unavailable failed) {
            Instant next = clock.instant().plus(pause(tries));
            boolean failing = tries >= FAILING_AFTER;
            if (tries == FAILING_AFTER) {
                log.warn("A recording of the call {} could not be deleted at Twilio after {} tries ({}); trying on",
                        due.callSid(), tries, failed.getMessage());
                commands.sendAndWait(new RecordRecordingDeletion(due.callSid(), due.recordingSid(), tries,
                        failed.getMessage(), clock.instant()));
            }
            deletions.retryAt(due.recordingSid(), tries, next, failed.getMessage(), failing);
            return;
        }
        commands.sendAndWait(new RecordRecordingDeletion(due.callSid(), due.recordingSid(), tries, null,
                clock.instant()));
        deletions.deleted(due.recordingSid(), clock.instant());
    }

    private static Duration pause(int tries) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(tries - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
