package bella.bootstrap;

import bella.application.messages.MessageView;
import bella.application.messages.Messages;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The owner's list of the messages callers left. */
@RestController
class MessagesApi {

    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;

    MessagesApi(Messages messages, Settings settings, Clock clock) {
        this.messages = messages;
        this.zone = settings.rules().zone();
        this.clock = clock;
    }

    /** Messages received on the days from {@code from} to {@code to}, both included (default: the last 30 days). */
    @GetMapping(path = "/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MessageJson> messages(@RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : BusinessDays.day("to", to);
        var days = new BusinessDays(from == null ? last.minusDays(30) : BusinessDays.day("from", from), last);
        return messages.between(days.first().atStartOfDay(zone).toInstant(),
                days.last().plusDays(1).atStartOfDay(zone).toInstant()).stream().map(this::json).toList();
    }

    private MessageJson json(MessageView message) {
        return new MessageJson(message.callSid(), message.from(), LocalDateTime.ofInstant(message.receivedAt(), zone),
                message.durationSeconds(), message.transcript(), message.status());
    }

    /**
     * A message as the owner sees it: {@code receivedAt} local to the business; {@code status} is
     * {@code transcribed}, {@code pending} (not yet, or being retried) or {@code failed} (see the call's events why).
     */
    record MessageJson(String callSid, String from, LocalDateTime receivedAt, long durationSeconds, String transcript,
                       String status) {
    }
}
