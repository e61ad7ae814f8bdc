package bella.bootstrap;

import bella.domain.booking.Slot;
import bella.domain.booking.SlotReleased;
import bella.domain.booking.SlotReserved;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the reservations of a SQLite event store in its global order (SlotReserved less SlotReleased) and names
 * every reservation that overlapped a slot another appointment still held: a double booking, which the days'
 * Schedules must never let through, however many processes append to the store.
 */
final class DoubleBookings {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private DoubleBookings() {
    }

    /** @return each double booking, with its global index; empty when there is none */
    static List<String> in(Path database) throws Exception {
        // what each appointment holds, by appointment and start: a move reserves the new slot before releasing the old
        Map<String, Map<Slot, String>> held = new HashMap<>();
        List<String> doubles = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.prepareStatement("SELECT globalIndex, payloadType, CAST(payload AS TEXT) "
                     + "FROM DomainEventEntry WHERE payloadType LIKE '%.SlotReserved' "
                     + "OR payloadType LIKE '%.SlotReleased' ORDER BY globalIndex");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(2).endsWith(".SlotReleased")) {
                    SlotReleased released = JSON.readValue(rows.getString(3), SlotReleased.class);
                    held.computeIfAbsent(released.scheduleId(), id -> new HashMap<>())
                            .remove(new Slot(released.start(), released.end()));
                    continue;
                }
                SlotReserved reserved = JSON.readValue(rows.getString(3), SlotReserved.class);
                Slot slot = new Slot(reserved.start(), reserved.end());
                Map<Slot, String> day = held.computeIfAbsent(reserved.scheduleId(), id -> new HashMap<>());
                for (Map.Entry<Slot, String> other : day.entrySet()) {
                    if (!other.getValue().equals(reserved.appointmentId()) && other.getKey().overlaps(slot)) {
                        doubles.add("SlotReserved at global index " + rows.getLong(1) + ": " + slot + " for "
                                + reserved.appointmentId() + " overlaps " + other.getKey() + " held for "
                                + other.getValue());
                    }
                }
                day.put(slot, reserved.appointmentId());
            }
        }
        return doubles;
    }
}
