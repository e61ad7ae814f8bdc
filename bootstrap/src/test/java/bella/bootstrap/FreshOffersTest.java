package bella.bootstrap;

import bella.domain.booking.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty callers at once, all for the same afternoon, each taking what Bella offers, while the appointments read
 * model is held still: what Bella offers and reads back must come from the days' Schedules, so no caller is offered
 * a slot the store had already reserved when the offer was made.
 */
@Execution(ExecutionMode.CONCURRENT)
class FreshOffersTest {

    private static final int CALLERS = 20;
    /** Enough answers for a caller who loses every race for a slot on the way: far more than a booking needs. */
    private static final int MOST_ANSWERS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void twentyCallersForOneAfternoonAreOfferedOnlyFreeSlotsAndAllBook() throws Exception {
        Path database = data.resolve("bella.db");
        List<String> outcomes = new ArrayList<>();
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            // Stopped, the read model lags as far as it ever could: offers read from it would be stale at once.
            EventProcessor appointments = bella.bean(EventProcessingConfiguration.class)
                    .eventProcessorByProcessingGroup("appointments").orElseThrow();
            appointments.shutdownAsync().join();

            ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                TwilioCaller caller = bella.caller(String.format("CA%032d", 7_000 + i),
                        String.format("+1416555%04d", 7_000 + i));
                calls.add(pool.submit(() -> {
                    start.await();
                    return bookWhateverIsOffered(caller);
                }));
            }
            start.countDown();
            for (Future<String> call : calls) {
                outcomes.add(call.get());
            }
            pool.shutdown();
        }

        assertThat(outcomes).hasSize(CALLERS).allSatisfy(said -> assertThat(said).contains("You're booked"));
        assertThat(staleOffers(database)).isEmpty();
    }

    /** Asks for Thursday afternoon and takes the first slot offered each time, until booked; the last words heard. */
    private static String bookWhateverIsOffered(TwilioCaller caller) {
        caller.dial();
        caller.say("I'd like to book an appointment");
        String said = caller.say("Thursday afternoon");
        for (int answers = 0; !caller.hungUp() && answers < MOST_ANSWERS; answers++) {
            String asked = caller.action();
            said = asked.contains("expect=NAME") ? caller.say("my name is Alex Martin") : caller.press("1");
        }
        return said;
    }

    /**
     * Replays the store in its global order: every slot offered (SlotsOffered) or read back (BookingReadBack) is
     * checked against the reservations (SlotReserved less SlotReleased) appended before it.
     */
    private static List<String> staleOffers(Path database) throws Exception {
        Map<String, Slot> reserved = new HashMap<>();
        List<String> stale = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.prepareStatement("SELECT globalIndex, payloadType, CAST(payload AS TEXT) "
                     + "FROM DomainEventEntry ORDER BY globalIndex");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                long index = rows.getLong(1);
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
                } else if (type.endsWith(".BookingReadBack")) {
                    spoken.add(slot(event));
                }
                for (Slot slot : spoken) {
                    if (reserved.values().stream().anyMatch(slot::overlaps)) {
                        stale.add(type + " at global index " + index + " includes " + slot + ", already reserved");
                    }
                }
            }
        }
        return stale;
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
