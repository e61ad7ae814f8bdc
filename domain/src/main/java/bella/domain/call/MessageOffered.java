package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Bella offered to take a message, as the caller could not be served otherwise, and why. */
@Revision("1")
public record MessageOffered(String callId, Reason reason, Instant at) implements CallEvent {

    /** Why a message was offered. Stored by name: values may be added, never renamed. */
    public enum Reason {
        /** A person was asked for, and none could be rung: outside opening hours or no owner's phone set. */
        NO_ONE_AVAILABLE,
        /** The owner's phone was rung and did not take the call. */
        NO_ANSWER,
        /** The conversation failed: Bella could not understand the caller. */
        NOT_UNDERSTOOD
    }
}
