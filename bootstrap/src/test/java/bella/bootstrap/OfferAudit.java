package bella.bootstrap;

import bella.domain.booking.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a SQLite event store in its global order: every offer (SlotsOffered) and read-back (BookingReadBack) is
 * checked against the reservations (SlotReserved less SlotReleased) appended before it, which is what the days'
 * Schedules held when Bella spoke.
 *
 * @param offers how many offers and read-backs the callers heard
 * @param stale  each one that included a slot already reserved, with its global index
 */
record OfferAudit(int offers, List<String> stale) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static OfferAudit of(Path database) throws Exception {
        Map<String, Slot> reserved = new HashMap<>();
        int offers = 0;
        List<String> stale = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.prepareStatement("SELECT globalIndex, payloadType, CAST(payload AS TEXT) "
                     + "FROM DomainEventEntry ORDER BY globalIndex");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                String type = rows.getString(2);
                JsonNode event = JSON.readTree(rows.getString(3));
                List<Slot> spoken = new ArrayList<>();
                if (type.endsWith(".SlotReserved")) {
                    reserved.put(event.get("appointmentId").asText(), slot(event));
                } else if (type.endsWith(".SlotReleased")) {
                    reserved.remove(event.get("appointmentId").asText());
                } else if (type.endsWith(".SlotsOffered")) {
                    Duration length = duration(event.get("length"));
                    event.get("starts").forEach(start -> spoken.add(Slot.of(instant(start), length)));
                    offers++;
                } else if (type.endsWith(".BookingReadBack")) {
                    spoken.add(slot(event));
                    offers++;
                }
                if (spoken.stream().anyMatch(slot -> reserved.values().stream().anyMatch(slot::overlaps))) {
                    stale.add(type + " at global index " + rows.getLong(1) + " includes " + spoken
                            + ", some already reserved");
                }
            }
        }
        return new OfferAudit(offers, stale);
    }

    private static Slot slot(JsonNode event) {
        return new Slot(instant(event.get("start")), instant(event.get("end")));
    }

    /** Jackson writes an Instant as an ISO text or as decimal seconds, depending on its settings. */
    private static Instant instant(JsonNode value) {
        if (value.isTextual()) {
            return Instant.parse(value.asText());
        }
        BigDecimal seconds = value.decimalValue();
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.subtract(new BigDecimal(seconds.longValue())).movePointRight(9).longValue());
    }

    private static Duration duration(JsonNode value) {
        if (value.isTextual()) {
            return Duration.parse(value.asText());
        }
        BigDecimal seconds = value.decimalValue();
        return Duration.ofSeconds(seconds.longValue(),
                seconds.subtract(new BigDecimal(seconds.longValue())).movePointRight(9).longValue());
    }
}
