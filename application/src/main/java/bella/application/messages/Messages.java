package bella.application.messages;

import java.time.Instant;
import java.util.List;

/**
 * The read model of callers' messages, one row per call that left one, and the schedule of their transcription:
 * a message is pending until its transcript or its failure is recorded on the Call. Each change but the schedule
 * applies an event, so replaying the events rebuilds it; a pending message's tries then start again, which costs
 * at most a second transcription, and the Call keeps only the first outcome.
 */
public interface Messages {

    /** A message was recorded; {@code recordingPath} null when its URL was refused. Recording it again changes nothing. */
    void recorded(String callSid, String recordingSid, String from, Instant receivedAt, long durationSeconds,
                  String recordingPath);

    void transcribed(String callSid, String transcript);

    void failed(String callSid, String reason);

    /** Messages received in [from, to), oldest first. */
    List<MessageView> between(Instant from, Instant to);

    /** Pending messages due for a try at {@code now}, oldest first, at most {@code limit}. */
    List<PendingMessage> due(Instant now, int limit);

    /** A try failed for a reason that may pass: the next at {@code next}. */
    void retryAt(String callSid, int attempts, Instant next, String error);

    /** Twilio reported the recording ready: try it now rather than at its next pause's end. */
    void readyNow(String recordingSid, Instant now);

    void clear();
}
