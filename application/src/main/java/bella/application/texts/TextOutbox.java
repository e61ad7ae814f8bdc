package bella.application.texts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Texts to callers, queued in the database in the same transaction that handles the change they are about, and
 * kept once settled: the change's event id and the text's purpose are the key, so no change is texted twice for
 * one purpose, nor lost between the booking and the carrier.
 */
public interface TextOutbox {

    /**
     * Queues, at {@code now}, a text due at {@code due} and not worth sending from {@code sendBefore} on (null: at
     * any time), unless this change already has one of this purpose.
     */
    void enqueue(TextTask.Purpose purpose, String eventId, String appointmentId, String to, String body, Instant due,
                 Instant sendBefore, Instant now);

    /** Withdraws the appointment's reminders not yet sent: its time was moved or it was cancelled. */
    void withdrawReminders(String appointmentId);

    /**
     * Claims the text due soonest at {@code now}, if any, marking it {@link TextTask.State#SENDING} until
     * {@code leaseUntil}: another worker takes it only once that has passed, so only a worker that stopped mid-send
     * leaves it to the next. Returns the text as it was before the claim.
     */
    Optional<TextTask> claimNext(Instant now, Instant leaseUntil);

    void sent(TextTask task, String messageSid);

    /**
     * Tries it again at {@code due}, unless it was withdrawn meanwhile; {@code mayBeTaken} keeps it
     * {@link TextTask.State#SENDING}, so it is looked up at the carrier before it is sent again.
     */
    void retryAt(TextTask task, Instant due, boolean mayBeTaken, Integer errorCode, String error);

    void failed(TextTask task, Integer errorCode, String reason);

    /** Gives up a text no longer worth sending, saying why. */
    void withdrawn(TextTask task, String reason);

    /** Records a delivery report, unless the text already had its last; false when no text has this message id. */
    boolean delivered(String messageSid, String status, Integer errorCode);

    /**
     * Every text not sent (waiting, reminders not yet due included, being retried, or failed) or reported
     * undelivered; oldest first.
     */
    List<TextTask> unsettled();
}
