package bella.application.messages;

import java.time.Instant;

/**
 * A message as the owner sees it.
 *
 * @param from       the caller's number, or null when withheld
 * @param transcript the words, once transcribed; null before, or when transcription failed
 * @param status     {@code transcribed}, {@code pending} or {@code failed}
 */
public record MessageView(String callSid, String from, Instant receivedAt, long durationSeconds, String transcript,
                          String status) {
}
