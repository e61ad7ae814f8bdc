package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * After misses in a row, Bella moved the options to the keypad; every later question of the call offers its keys too.
 */
@Revision("1")
public record KeypadTookOver(String callId, Instant at) implements CallEvent {
}
