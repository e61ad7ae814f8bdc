package bella.application.analytics;

import java.time.Instant;

/**
 * One call as the owner lists it.
 *
 * @param caller   the caller's number in E.164, or null when withheld
 * @param endedAt  null while the call goes on
 * @param length   the call's length in seconds as the phone network reported it, or null while it goes on
 * @param outcome  null while the call goes on and nothing is settled
 * @param reason   why the call failed ({@code CallFailed.Reason}, named in lower case), or null
 * @param stage    the question the call failed at ({@code Stage}, named in lower case), or null
 * @param bookings how many new appointments the call made
 * @param variant  the prompt variant the caller heard, or null where calls had none
 */
public record CallSummary(String callSid, String caller, Instant startedAt, Instant endedAt, Long length,
                          int turns, Outcome outcome, String reason, String stage, int bookings, String variant) {
}
