package bella.bootstrap;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * Rebuilds a projection from the whole event store while Bella goes on answering calls: its tokens are reset and
 * its tracking processor replays every event into the tables its reset handler emptied. Only processors that allow a
 * replay are projections; one that acts on the outside world (the calendar outbox) is never replayed.
 */
@Component
class ProjectionRebuilds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** Bounds the wait for a processor to hold its segment, which it normally does within a claim interval. */
    private static final Duration CLAIM_PATIENCE = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(100);

    private final ObjectProvider<Configuration> axon;
    private final EventStore events;
    /** The projections being rebuilt. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** The head each running rebuild reads up to, once its tokens are reset and it reads from the first event. */
    private final Map<String, Long> targets = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(ObjectProvider<Configuration> axon, EventStore events) {
        this.axon = axon;
        this.events = events;
    }

    /**
     * Every projection by name, with how far it has read, how far the store goes, whether it is rebuilding and, while
     * a rebuild reads from the first event, up to where.
     */
    List<Projection> projections() {
        Long head = head();
        TreeMap<String, StreamingEventProcessor> projections = new TreeMap<>();
        axon.getObject().eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor && ((StreamingEventProcessor) processor).supportsReset()) {
                projections.put(name, (StreamingEventProcessor) processor);
            }
        });
        return projections.entrySet().stream().map(projection -> new Projection(projection.getKey(),
                orNull(position(projection.getValue())), head,
                running.contains(projection.getKey()), targets.get(projection.getKey()))).toList();
    }

    /**
     * Starts rebuilding the projection up to the store's present head, unless a rebuild of it is already under way:
     * a second request joins the first instead of starting over.
     */
    Request rebuild(String name) {
        var processor = axon.getObject().eventProcessingConfiguration()
                .eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return Request.UNKNOWN;
        }
        if (!processor.get().supportsReset()) {
            return Request.NOT_REPLAYABLE;
        }
        long target = Optional.ofNullable(head()).orElse(-1L);
        if (!running.add(name)) {
            return Request.ALREADY_RUNNING;
        }
        workers.execute(() -> replay(name, processor.get(), target));
        return Request.STARTED;
    }

    /**
     * Shuts the processor down only once its worker reads events, and counts it done when its position reaches the
     * target: it goes on calling itself replaying until a new event arrives, so its replaying flag cannot tell.
     */
    private void replay(String name, StreamingEventProcessor processor, long target) {
        Instant began = Instant.now();
        try {
            Workers workers = new Workers(processor);
            if (!await(workers::reading, began.plus(CLAIM_PATIENCE))) {
                LOG.warn("Projection {} was not rebuilt: its processor did not claim its segment within {}", name,
                        CLAIM_PATIENCE);
                return;
            }
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            if (!await(() -> !processor.processingStatus().isEmpty(), Instant.now().plus(CLAIM_PATIENCE))) {
                LOG.warn("Projection {} is being rebuilt, but its processor did not claim its segment again within {}",
                        name, CLAIM_PATIENCE);
                return;
            }
            targets.put(name, target);
            await(() -> position(processor).orElse(-1) >= target, Instant.MAX);
            LOG.info("Projection {} rebuilt up to event {} in {} ms", name, target,
                    Duration.between(began, Instant.now()).toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Projection {} was not rebuilt: {}", name, e.toString());
        } finally {
            targets.remove(name);
            running.remove(name);
        }
    }

    private static boolean await(BooleanSupplier done, Instant giveUp) throws InterruptedException {
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    /**
     * Whether a processor's workers read events, not merely hold their segments. A segment shows in the status as
     * soon as it is claimed, with the position its token held, while the thread that claimed it is still committing
     * the claim before it hands over to the segment's worker. A processor shut down in between frees the segment
     * but loses the worker's thread, and never claims again once started (Axon 4.13, one thread; seen under load).
     * Only a worker marks its segment caught up or failed, or moves its position, so any of those shows it runs.
     */
    private static final class Workers {

        private final StreamingEventProcessor processor;
        /** Each segment's position when first seen held, or -1 for none. */
        private final Map<Integer, Long> claimedAt = new ConcurrentHashMap<>();

        Workers(StreamingEventProcessor processor) {
            this.processor = processor;
        }

        boolean reading() {
            var statuses = processor.processingStatus();
            if (statuses.isEmpty()) {
                claimedAt.clear();
                return false;
            }
            boolean all = true;
            for (var status : statuses.entrySet()) {
                long position = status.getValue().getCurrentPosition().orElse(-1);
                long claimed = claimedAt.computeIfAbsent(status.getKey(), segment -> position);
                all &= status.getValue().isCaughtUp() || status.getValue().isErrorState() || position > claimed;
            }
            return all;
        }
    }

    /** The least position of the processor's segments: what it has surely read; empty while it holds none. */
    private static OptionalLong position(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return OptionalLong.empty();
        }
        long least = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses) {
            least = Math.min(least, status.getCurrentPosition().orElse(-1));
        }
        return OptionalLong.of(least);
    }

    /** The global index of the newest event in the store, or null while it holds none. */
    private Long head() {
        var token = events.createHeadToken();
        return token == null ? null : orNull(token.position());
    }

    private static Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * A projection as the owner sees it. {@code target} is null unless a rebuild is reading from the first event: it
     * is then done when {@code position} reaches it.
     */
    record Projection(String name, Long position, Long head, boolean replaying, Long target) {
    }

    /** What became of a request to rebuild. */
    enum Request {
        STARTED, ALREADY_RUNNING, UNKNOWN, NOT_REPLAYABLE
    }
}
