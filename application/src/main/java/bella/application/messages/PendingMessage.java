package bella.application.messages;

/**
 * A message waiting to be transcribed.
 *
 * @param recordingPath its media's path under Twilio's API
 * @param attempts      tries made so far
 */
public record PendingMessage(String callSid, String recordingSid, String recordingPath, int attempts) {
}
