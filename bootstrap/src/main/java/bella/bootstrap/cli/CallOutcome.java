package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a call ended, read from its events as Bella's event store holds them ({@code GET /api/calls/{sid}/events}),
 * not from a read model that may lag.
 *
 * @param outcome          {@code booked}, {@code moved}, {@code cancelled}, {@code failed} or {@code answered}
 *                         (nothing booked or changed), as the owner's API names them
 * @param reason           why a failed call failed, and at which question; else null
 * @param offeredThenTaken whether Bella offered or read back a time that she then found taken: another caller took
 *                         it meanwhile, or it was taken when offered (a stale offer)
 */
record CallOutcome(String outcome, String reason, boolean offeredThenTaken) {

    private static final Set<String> TAKEN = Set.of("TAKEN", "BUFFER");

    static CallOutcome of(JsonNode events) {
        String outcome = "answered";
        String reason = null;
        boolean offeredThenTaken = false;
        Set<String> offered = new HashSet<>();
        for (JsonNode event : events) {
            JsonNode payload = event.path("payload");
            switch (event.path("type").asText()) {
                case "SlotsOffered" -> payload.path("starts").forEach(start -> offered.add(start.asText()));
                case "SlotAccepted" -> offered.add(payload.path("start").asText());
                case "SlotUnavailable" -> offeredThenTaken |= TAKEN.contains(payload.path("reason").asText())
                        && offered.contains(payload.path("start").asText());
                case "BookingCompleted" -> outcome = "booked";
                case "BookingChanged" -> outcome = "CANCELLED".equals(payload.path("change").asText())
                        ? "cancelled" : "moved";
                case "CallFailed" -> {
                    outcome = "failed";
                    reason = lower(payload.path("reason").asText()) + " at " + lower(payload.path("stage").asText());
                }
                default -> {
                    // every other event is a step on the way
                }
            }
        }
        return new CallOutcome(outcome, reason, offeredThenTaken);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return reason == null ? outcome : outcome + " (" + reason + ")";
    }
}
