package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The call ended without serving the caller: why, and at which question. Revision 1 held both as one sentence
 * ("caller hung up at offer"); upcasting splits it.
 */
@Revision("2")
public record CallFailed(String callId, Reason reason, Stage stage, Instant at) implements CallEvent {

    /** Why a call failed. Stored by name and grouped by in analytics: values may be added, never renamed. */
    public enum Reason {
        /** The caller hung up while Bella was still waiting for an answer. */
        HUNG_UP,
        /** Bella could not understand the caller's answers to the same question, several times in a row. */
        NOT_UNDERSTOOD,
        /** The caller kept pressing keys the question did not offer, several times in a row. */
        KEYS_NOT_OFFERED,
        /** A reason written by older code in words this version does not know; only upcasting writes it. */
        OTHER
    }
}
