package bella.bootstrap;

import bella.application.forgetting.RecordingDeletions;
import bella.application.forgetting.RecordingDeletions.DeletionView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The owner's view of forgotten people's recordings that Twilio still holds. */
@RestController
class RecordingsApi {

    private final RecordingDeletions deletions;
    private final ZoneId zone;

    RecordingsApi(RecordingDeletions deletions, Settings settings) {
        this.deletions = deletions;
        this.zone = settings.rules().zone();
    }

    /** Recordings queued for deletion and not deleted yet, oldest first. */
    @GetMapping(path = "/api/recordings/pending", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DeletionJson> pending() {
        return deletions.pending().stream().map(this::json).toList();
    }

    private DeletionJson json(DeletionView view) {
        return new DeletionJson(view.callSid(), view.recordingSid(), view.state(), view.attempts(), view.error(),
                LocalDateTime.ofInstant(view.next(), zone));
    }

    /**
     * A recording still to delete: {@code state} {@code pending}, or {@code failing} once repeated tries failed
     * (tried on all the same); {@code error} Twilio's answer to the last try; {@code next} local to the business.
     */
    record DeletionJson(String callSid, String recordingSid, String state, int attempts, String error,
                        LocalDateTime next) {
    }
}
