package bella.application.texts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Confirmation texts, queued in the database in the same transaction that handles the change they confirm, and
 * kept once settled: the change's event id is the key, so no change is texted twice, nor lost between the booking
 * and the carrier.
 */
public interface TextOutbox {

    /** Queues a text due now, unless this change already has one. */
    void enqueue(String eventId, String appointmentId, String to, String body, Instant now);

    /**
     * Claims the text due soonest at {@code now}, if any, marking it {@link TextTask.State#SENDING} until
     * {@code leaseUntil}: another worker takes it only once that has passed, so only a worker that stopped mid-send
     * leaves it to the next. Returns the text as it was before the claim.
     */
    Optional<TextTask> claimNext(Instant now, Instant leaseUntil);

    void sent(TextTask task, String messageSid);

    /**
     * Tries it again at {@code due}; {@code mayBeTaken} keeps it {@link TextTask.State#SENDING}, so it is looked up
     * at the carrier before it is sent again.
     */
    void retryAt(TextTask task, Instant due, boolean mayBeTaken, Integer errorCode, String error);

    void failed(TextTask task, Integer errorCode, String reason);

    /** Records a delivery report, unless the text already had its last; false when no text has this message id. */
    boolean delivered(String messageSid, String status, Integer errorCode);

    /** Every text not sent (waiting, being retried, or failed) or reported undelivered; oldest first. */
    List<TextTask> unsettled();
}
