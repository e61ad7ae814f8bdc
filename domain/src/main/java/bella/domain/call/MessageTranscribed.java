package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/** A message's recording was transcribed: the words as the transcription service heard them. */
@Revision("1")
public record MessageTranscribed(@PersonalDataKey String callId, String recordingSid,
                                 @PersonalData(WORDS) String transcript, Instant at) implements CallEvent {
}
