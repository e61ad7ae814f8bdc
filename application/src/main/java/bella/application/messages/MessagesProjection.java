package bella.application.messages;

import bella.domain.call.MessageRecorded;
import bella.domain.call.MessageTranscribed;
import bella.domain.call.RecordingRefused;
import bella.domain.call.TranscriptionFailed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Keeps the owner's list of callers' messages and what became of their transcription. */
@ProcessingGroup("messages")
public class MessagesProjection {

    private final Messages messages;

    public MessagesProjection(Messages messages) {
        this.messages = messages;
    }

    @EventHandler
    void on(MessageRecorded event) {
        messages.recorded(event.callId(), event.recordingSid(), event.from(), event.at(), event.durationSeconds(),
                event.recordingPath());
    }

    @EventHandler
    void on(MessageTranscribed event) {
        messages.transcribed(event.callId(), event.transcript());
    }

    @EventHandler
    void on(TranscriptionFailed event) {
        messages.failed(event.callId(), event.reason().name());
    }

    @EventHandler
    void on(RecordingRefused event) {
        messages.failed(event.callId(), "RECORDING_URL_REFUSED");
    }

    @ResetHandler
    void reset() {
        messages.clear();
    }
}
