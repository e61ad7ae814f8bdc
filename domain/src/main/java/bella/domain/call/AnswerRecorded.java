package bella.domain.call;

import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller said the doubted answer again after the tone, and Twilio recorded it under this SID. */
@Revision("1")
public record AnswerRecorded(@PersonalDataKey String callId, int turn, String recordingSid, long durationSeconds,
                             Instant at) implements CallEvent {
}
