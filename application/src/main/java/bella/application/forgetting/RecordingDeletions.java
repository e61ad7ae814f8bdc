package bella.application.forgetting;

import java.time.Instant;
import java.util.List;

/**
 * The outbox of recordings to delete at the phone network: written when a person is forgotten, worked through by
 * {@link RecordingDeleter}, never rebuilt from events (nothing in the store asks for a deletion).
 */
public interface RecordingDeletions {

    /** Queues the recording, due at once; one queued already stays as it is. True when it was queued now. */
    boolean queue(String recordingSid, String callSid, Instant now);

    /** Recordings still to delete whose next try is due at {@code now}, oldest first, at most {@code limit}. */
    List<PendingDeletion> due(Instant now, int limit);

    void deleted(String recordingSid, Instant at);

    /** A try failed: the next at {@code next}; {@code failing} once the owner is to be shown it. */
    void retryAt(String recordingSid, int attempts, Instant next, String error, boolean failing);

    /** Every recording not deleted yet, oldest first, as the owner sees it. */
    List<DeletionView> pending();

    /** A recording waiting to be deleted, and the tries made so far. */
    record PendingDeletion(String recordingSid, String callSid, int attempts) {
    }

    /**
     * A recording not deleted yet.
     *
     * @param state {@code pending} until repeated tries failed, then {@code failing}
     * @param error Twilio's answer to the last try, or why there was none; null before any try
     * @param next  when it is tried next
     */
    record DeletionView(String recordingSid, String callSid, String state, int attempts, String error,
                        Instant next) {
    }
}
