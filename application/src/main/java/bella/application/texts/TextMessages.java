package bella.application.texts;

import java.time.Instant;
import java.util.Optional;

/** Text messages to callers' phones, through the business's own number. */
public interface TextMessages {

    /**
     * Hands a text to the carrier.
     *
     * @return the message's id, which its delivery reports name
     * @throws SendFailed when the text was refused, or may not have been taken
     */
    String send(String to, String body);

    /**
     * The id of a text with this body already taken for this number at or after {@code since}, if any: how a send
     * whose answer was lost is recognised before it is tried again.
     *
     * @throws SendFailed when the carrier could not be asked
     */
    Optional<String> alreadySent(String to, String body, Instant since);

    /** How sure it is that a failed text was not taken, which decides what may follow. */
    enum Outcome {
        /** Refused for good (an invalid or opted-out number): never tried again. */
        REFUSED,
        /** Surely not taken (rate limited): may be sent again later. */
        NOT_TAKEN,
        /** Perhaps taken (a timeout, a server error): look it up before sending again. */
        UNKNOWN
    }

    /** A text not known to be taken; {@code code} is the carrier's error code, when it gave one. */
    class SendFailed extends RuntimeException {

        private final Outcome outcome;
        private final Integer code;

        public SendFailed(Outcome outcome, Integer code, String reason, Throwable cause) {
            super(reason, cause);
            this.outcome = outcome;
            this.code = code;
        }

        public Outcome outcome() {
            return outcome;
        }

        public Integer code() {
            return code;
        }
    }
}
