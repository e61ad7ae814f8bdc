package bella.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a fresh SQLite event store with whole calls and rebuilds every projection from it, printing the rate in
 * events per second: each projection alone, as {@code rebuild NAME} does, then all four at once.
 *
 * <p>Three calls are placed through the signed webhooks (one books, one hangs up at the offer, one asks the hours):
 * their events, with those of the appointment and schedule the booking made, are the template. Copies of it, each
 * with its own call sids, appointment and schedule ids, a caller's number among 10,000 and its times moved on by a
 * few minutes, are appended through Axon's storage engine in batches, the real event types with the payloads real
 * calls wrote. Run from the repository's root (the other modules' classes come from the reactor, nothing is
 * installed):
 * <pre>
 * ./mvnw -q -pl bootstrap -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/test-classpath.txt) \
 *     bella.bootstrap.RebuildBenchmark [events, default 100000]
 * </pre>
 */
public final class RebuildBenchmark {

    private static final List<String> PROJECTIONS = List.of("appointments", "call-funnel", "call-summaries",
            "customers");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
    private static final Duration BETWEEN_COPIES = Duration.ofMinutes(7);
    private static final int APPEND_BATCH = 1_000;
    /** How often a rebuild is asked how far it has come: each asks the database (one connection) for its head. */
    private static final Duration POLL = Duration.ofMillis(50);
    /** The CPU the whole process spent: Bella, the processors, the polling; less swayed by a busy machine. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        long wanted = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("bella-rebuild-bench");
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("logging.level.root", "ERROR"))) {
            placeTemplateCalls(bella);
            ProjectionRebuilds rebuilds = bella.bean(ProjectionRebuilds.class);
            awaitCaughtUp(rebuilds);
            List<DomainEventMessage<?>> template = bella.bean(EventStorageEngine.class).readEvents(null, false)
                    .map(event -> (DomainEventMessage<?>) event).collect(Collectors.toList());
            long events = fill(bella, template, wanted);
            awaitCaughtUp(rebuilds);
            System.out.printf("%,d events (%,d calls) in the store; %d cores, %s%n", events,
                    3 * events / template.size(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

            // a Bella that has run a while has its handlers compiled: a first rebuild of all warms them up
            measure(rebuilds, PROJECTIONS, events, "warm-up: all at once");
            double sequential = 0;
            for (String name : PROJECTIONS) {
                sequential += measure(rebuilds, List.of(name), events, name);
            }
            System.out.printf("%-34s %,9d events in %6.2f s: %,8.0f events/s%n", "each in turn (rebuild)",
                    events * PROJECTIONS.size(), sequential, events * PROJECTIONS.size() / sequential);
            measure(rebuilds, PROJECTIONS, events, "all at once");
        }
    }

    /** The calls whose events are copied: the same three calls the analytics tests place. */
    static void placeTemplateCalls(RunningBella bella) {
        TwilioCaller booking = bella.caller("CA00000000000000000000000000000d01", "+14165550601");
        booking.dial();
        booking.say("I'd like to book an appointment");
        booking.say("next Tuesday at 2 pm");
        booking.say("my name is Ann Lee");
        require(booking.say("yes please"), "You're booked");
        booking.hangUp(74);
        TwilioCaller leaving = bella.caller("CA00000000000000000000000000000d02", "+14165550602");
        leaving.dial();
        leaving.say("I'd like to book");
        require(leaving.say("Thursday"), "I have");
        leaving.hangUp(31);
        TwilioCaller asking = bella.caller("CA00000000000000000000000000000d03", "+14165550603");
        asking.dial();
        require(asking.say("what are your hours?"), "Monday to Friday");
        asking.hangUp(12);
    }

    static long fill(RunningBella bella, List<DomainEventMessage<?>> template, long wanted) throws Exception {
        ObjectMapper json = bella.bean(ObjectMapper.class);
        EventStorageEngine engine = bella.bean(EventStorageEngine.class);
        TransactionManager transactions = bella.bean(TransactionManager.class);
        List<String> ids = template.stream().map(DomainEventMessage::getAggregateIdentifier).distinct().toList();
        List<String> phones = List.of("+14165550601", "+14165550602", "+14165550603");
        long appended = template.size();
        List<EventMessage<?>> batch = new ArrayList<>();
        long started = System.nanoTime();
        for (int copy = 1; appended < wanted; copy++) {
            Map<String, String> renamed = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                renamed.put(ids.get(i), renamed(ids.get(i), copy * ids.size() + i));
            }
            for (int i = 0; i < phones.size(); i++) {
                renamed.put(phones.get(i), String.format("+1647555%04d", (copy * phones.size() + i) % 10_000));
            }
            Duration later = BETWEEN_COPIES.multipliedBy(copy);
            for (DomainEventMessage<?> event : template) {
                batch.add(copy(json, event, renamed, later));
            }
            appended += template.size();
            if (batch.size() >= APPEND_BATCH) {
                List<EventMessage<?>> full = List.copyOf(batch);
                transactions.executeInTransaction(() -> engine.appendEvents(full));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            transactions.executeInTransaction(() -> engine.appendEvents(batch));
        }
        System.out.printf("appended %,d events in %.1f s%n", appended, (System.nanoTime() - started) / 1e9);
        return appended;
    }

    /** The same length and shape as the original (a call sid stays a CA and 32 characters), numbered {@code n}. */
    private static String renamed(String id, long n) {
        String number = String.format("%012d", n);
        return id.substring(0, id.length() - number.length()) + number;
    }

    private static DomainEventMessage<?> copy(ObjectMapper json, DomainEventMessage<?> event,
                                              Map<String, String> renamed, Duration later) throws Exception {
        String text = json.writeValueAsString(event.getPayload());
        for (Map.Entry<String, String> name : renamed.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        Object payload = json.treeToValue(moved(json.readTree(text), later), event.getPayloadType());
        return new GenericDomainEventMessage<>(event.getType(),
                renamed.getOrDefault(event.getAggregateIdentifier(), event.getAggregateIdentifier()),
                event.getSequenceNumber(), payload, event.getMetaData(), UUID.randomUUID().toString(),
                event.getTimestamp().plus(later));
    }

    /** Every instant in the payload moved on by {@code later}. */
    private static JsonNode moved(JsonNode node, Duration later) {
        if (node.isTextual() && INSTANT.matcher(node.asText()).matches()) {
            return new TextNode(Instant.parse(node.asText()).plus(later).toString());
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.fieldNames().forEachRemaining(field -> object.set(field, moved(object.get(field), later)));
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, moved(array.get(i), later));
            }
        }
        return node;
    }

    /**
     * Rebuilds the projections at once and prints the rate: from the request, and from the moment each began reading
     * from the first event (the request also waits for the processor to let go of its segment and claim it again).
     *
     * @return the seconds from the request until the last was done
     */
    private static double measure(ProjectionRebuilds rebuilds, List<String> names, long events, String label)
            throws Exception {
        long requested = System.nanoTime();
        long cpuBefore = PROCESS.getProcessCpuTime();
        for (String name : names) {
            if (rebuilds.rebuild(name) != ProjectionRebuilds.Request.STARTED) {
                throw new IllegalStateException(name + " did not start rebuilding");
            }
        }
        Long reading = null;
        List<ProjectionRebuilds.Projection> projections = rebuilds.projections();
        while (projections.stream().anyMatch(ProjectionRebuilds.Projection::replaying)) {
            if (reading == null && projections.stream().anyMatch(projection -> projection.target() != null)) {
                reading = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
            projections = rebuilds.projections();
        }
        long done = System.nanoTime();
        double cpuMicros = (PROCESS.getProcessCpuTime() - cpuBefore) / 1e3;
        double seconds = (done - requested) / 1e9;
        double readingSeconds = reading == null ? seconds : (done - reading) / 1e9;
        System.out.printf("%-34s %,9d events in %6.2f s: %,8.0f events/s (%,8.0f events/s once reading), "
                        + "CPU %5.1f µs an event%n", label, events * names.size(), seconds,
                events * names.size() / seconds, events * names.size() / readingSeconds,
                cpuMicros / (events * names.size()));
        return seconds;
    }

    static void awaitCaughtUp(ProjectionRebuilds rebuilds) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (!rebuilds.projections().stream().allMatch(projection -> projection.position() != null
                && projection.position().equals(projection.head()))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("projections did not catch up: " + rebuilds.projections());
            }
            Thread.sleep(50);
        }
    }

    private static void require(String said, String expected) {
        if (!said.contains(expected)) {
            throw new IllegalStateException("expected '" + expected + "' in " + said);
        }
    }
}
