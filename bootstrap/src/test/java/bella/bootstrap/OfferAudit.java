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
import java.util.Set;

/**
 * Replays a SQLite event store in its global order: every offer (SlotsOffered) and read-back (BookingReadBack) is
 * checked against the reservations (SlotReserved less SlotReleased) appended before it, which is what the days'
 * Schedules held when Bella spoke. A caller later told that a time offered to them is taken (SlotUnavailable, taken or
 * too close to another booking) lost it either to a stale offer, or to a fair race: another caller reserved it after
 * the offer, between it and this caller's answer.
 *
 * @param offers    how many offers and read-backs the callers heard
 * @param stale     each one that included a slot already reserved, with its global index
 * @param fairRaces each time a caller was told a time offered to them was taken, when the offer was not stale: the
 *                  slot was reserved by another caller after it was offered
 */
record OfferAudit(int offers, List<String> stale, List<String> fairRaces) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TAKEN = Set.of("TAKEN", "BUFFER");

    /** Audits the SQLite file named, a copy of a running Bella's (the test class path as for the benchmarks). */
    public static void main(String[] args) throws Exception {
        OfferAudit audit = of(Path.of(args[0]));
        System.out.printf("%d offers and read-backs; %d stale (a slot already reserved when offered); %d fair races "
                + "(offered free, then reserved by another caller before this one took it)%n", audit.offers(),
                audit.stale().size(), audit.fairRaces().size());
        audit.stale().forEach(each -> System.out.println("  stale: " + each));
    }

    static OfferAudit of(Path database) throws Exception {
        Map<String, Slot> reserved = new HashMap<>();
        int offers = 0;
        List<String> stale = new ArrayList<>();
        List<String> fairRaces = new ArrayList<>();
        // per call, each slot offered to it and whether it was already reserved then
        Map<String, Map<Instant, Boolean>> offeredTo = new HashMap<>();
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
                } else if (type.endsWith(".SlotUnavailable") && TAKEN.contains(event.get("reason").asText())) {
                    Boolean staleWhenOffered = offeredTo.getOrDefault(event.get("callId").asText(), Map.of())
                            .get(instant(event.get("start")));
                    if (Boolean.FALSE.equals(staleWhenOffered)) {
                        fairRaces.add("SlotUnavailable at global index " + rows.getLong(1) + ": " + slot(event)
                                + " was offered free, then another caller reserved it");
                    }
                }
                List<Slot> alreadyReserved = spoken.stream()
                        .filter(slot -> reserved.values().stream().anyMatch(slot::overlaps)).toList();
                if (!alreadyReserved.isEmpty()) {
                    stale.add(type + " at global index " + rows.getLong(1) + " includes " + alreadyReserved
                            + ", already reserved");
                }
                if (!spoken.isEmpty()) {
                    Map<Instant, Boolean> offered = offeredTo.computeIfAbsent(event.get("callId").asText(),
                            call -> new HashMap<>());
                    spoken.forEach(slot -> offered.merge(slot.start(), alreadyReserved.contains(slot),
                            Boolean::logicalOr));
                }
            }
        }
        return new OfferAudit(offers, stale, fairRaces);
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
