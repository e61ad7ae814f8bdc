package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a call was offered the times it then lost, and when it booked its own, from its events' timestamps. Bella
 * offers and books a day's times only while holding that day's Schedule, so of two calls the one whose event came
 * first held it first: a time lost to a booking made before it was offered was a stale offer; one booked after it
 * was offered, a fair race.
 *
 * @param lost     each time offered (or read back) and then refused as taken, with when it was last offered
 * @param bookings each time this call booked or moved to, with when
 */
record OfferTimeline(List<Moment> lost, List<Moment> bookings) {

    private static final Set<String> TAKEN = Set.of("TAKEN", "BUFFER");

    /** A time of day an appointment starts at, and the moment something happened to it. */
    record Moment(String start, Instant at) {
    }

    static OfferTimeline of(JsonNode events) {
        Map<String, Instant> offered = new HashMap<>();
        String chosen = null;
        List<Moment> lost = new ArrayList<>();
        List<Moment> bookings = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode payload = event.path("payload");
            Instant at = Instant.parse(event.path("timestamp").asText());
            switch (event.path("type").asText()) {
                case "SlotsOffered" -> payload.path("starts").forEach(start -> offered.put(start.asText(), at));
                case "SlotAccepted", "BookingReadBack" -> {
                    chosen = payload.path("start").asText();
                    offered.put(chosen, at);
                }
                case "SlotUnavailable" -> {
                    String start = payload.path("start").asText();
                    if (TAKEN.contains(payload.path("reason").asText()) && offered.containsKey(start)) {
                        lost.add(new Moment(start, offered.get(start)));
                    }
                }
                case "BookingCompleted" -> bookings.add(new Moment(chosen, at));
                case "BookingChanged" -> {
                    if ("RESCHEDULED".equals(payload.path("change").asText())) {
                        bookings.add(new Moment(chosen, at));
                    }
                }
                default -> {
                    // every other event is a step on the way
                }
            }
        }
        return new OfferTimeline(lost, bookings);
    }
}
