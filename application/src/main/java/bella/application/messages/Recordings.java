package bella.application.messages;

import java.nio.file.Path;
import java.util.Optional;

/** Callers' recordings as the phone network keeps them. */
public interface Recordings {

    /**
     * The path of a recording's media under the phone network's API, when {@code recordingUrl} points there and
     * nowhere else; empty for any other address, which must never be fetched.
     */
    Optional<String> pathOf(String recordingUrl);

    /**
     * Fetches a recording into a new file in {@code directory}.
     *
     * @throws NotFound    the network has no such recording (yet)
     * @throws TooLarge    it is larger than Bella fetches
     * @throws Unavailable it could not be fetched now (an error, a time-out, a refusal)
     */
    Path fetch(String recordingPath, Path directory);

    /**
     * Deletes a recording, by its SID, from the phone network's store; one it no longer holds counts as deleted.
     *
     * @throws Unavailable it could not be deleted now (an error, a time-out, a refusal)
     */
    void delete(String recordingSid);

    /** Why a recording could not be fetched. */
    abstract class Failure extends RuntimeException {
        Failure(String reason) {
            super(reason);
        }
    }

    final class NotFound extends Failure {
        public NotFound(String reason) {
            super(reason);
        }
    }

    final class TooLarge extends Failure {
        public TooLarge(String reason) {
            super(reason);
        }
    }

    final class Unavailable extends Failure {
        public Unavailable(String reason) {
            super(reason);
        }
    }
}
