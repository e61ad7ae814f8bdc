package bella.bootstrap;

import bella.application.texts.TextOutbox;
import bella.application.texts.TextTask;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The owner's view of texts that have not reached the caller: confirmations and reminders. */
@RestController
class TextsApi {

    private final TextOutbox outbox;
    private final ZoneId zone;

    TextsApi(TextOutbox outbox, Settings settings) {
        this.outbox = outbox;
        this.zone = settings.rules().zone();
    }

    /**
     * Texts waiting (reminders not yet due among them), being retried, failed for good, or reported undelivered by
     * Twilio; oldest first.
     */
    @GetMapping(path = "/api/texts/pending", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TextJson> pending() {
        return outbox.unsettled().stream().map(this::json).toList();
    }

    private TextJson json(TextTask task) {
        boolean waiting = task.state() == TextTask.State.PENDING || task.state() == TextTask.State.SENDING;
        return new TextJson(lower(task.purpose()), task.appointmentId(), task.eventId(), task.to(), task.body(),
                lower(task.state()), task.attempts(), task.errorCode(), task.lastError(), task.messageSid(),
                task.delivery(), waiting ? LocalDateTime.ofInstant(task.due(), zone) : null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A text as the owner sees it. {@code purpose} is {@code confirmation} or {@code reminder}; {@code state} is
     * {@code pending}, {@code sending} (handed to Twilio, answer not yet recorded: looked up before any second try),
     * {@code failed} or {@code sent} (then {@code delivery} says why it is listed); {@code next} is when it is tried
     * next, local to the business.
     */
    record TextJson(String purpose, String appointmentId, String eventId, String to, String body, String state,
                    int attempts, Integer errorCode, String error, String messageSid, String delivery,
                    LocalDateTime next) {
    }
}
