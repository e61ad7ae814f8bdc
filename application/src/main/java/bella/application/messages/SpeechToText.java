package bella.application.messages;

import java.nio.file.Path;

/** Turns recorded speech into words. */
public interface SpeechToText {

    /**
     * The words spoken in an audio file.
     *
     * @throws Unavailable when the service failed, refused, was too slow, or answered something unreadable
     */
    String transcribe(Path audio);

    /** The service did not transcribe the audio this time. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String reason) {
            super(reason);
        }

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
