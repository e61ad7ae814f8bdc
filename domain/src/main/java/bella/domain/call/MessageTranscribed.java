package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A message's recording was transcribed: the words as the transcription service heard them. */
@Revision("1")
public record MessageTranscribed(String callId, String recordingSid, String transcript, Instant at) implements CallEvent {
}
