package bella.adapters.persistence;

import bella.adapters.persistence.Slot.BookSlot;
import bella.adapters.persistence.TestEvents.SlotBooked;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static bella.adapters.persistence.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Axon's own configuration (command bus, aggregates, tracking processor) over the SQLite store. */
class AxonOnSqliteTest {

    // an upper bound for the processor to catch up, not a timing assertion
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @ProcessingGroup("ledger")
    static class Ledger {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(SlotBooked event) {
            seen.add(event.slotId());
        }
    }

    @Test
    void givenBookedSlot_whenSameSlotBookedAgain_thenSecondBookingRefused() {
        try (var store = new SqliteStore(directory.resolve("bella.db"))) {
            var axon = axon(store, null);
            axon.start();
            try {
                axon.commandGateway().sendAndWait(new BookSlot("slot-2026-03-02T09:00", "+441111"));

                assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new BookSlot("slot-2026-03-02T09:00", "+442222")))
                        .isInstanceOf(AggregateStreamCreationException.class);
                assertThat(SqliteEventStorageEngineTest.payloads(store.engine.readEvents("slot-2026-03-02T09:00").asStream()))
                        .containsExactly(new SlotBooked("slot-2026-03-02T09:00", "+441111"));
            } finally {
                axon.shutdown();
            }
        }
    }

    @Test
    void givenProcessorStopped_whenRestartedOnSameFile_thenResumesAfterLastProcessedEvent() {
        var file = directory.resolve("bella.db");
        var first = new Ledger();
        try (var store = new SqliteStore(file)) {
            var axon = axon(store, first);
            axon.start();
            try {
                book(axon, 1, 5);
                await().atMost(PATIENCE).until(() -> first.seen.size() == 5);
                // shutting down while the processor is still claiming can leave it unclaimed: wait for the claim
                var processor = axon.eventProcessingConfiguration()
                                    .eventProcessor("ledger", TrackingEventProcessor.class).orElseThrow();
                await().atMost(PATIENCE).until(() -> processor.processingStatus().containsKey(0));
            } finally {
                axon.shutdown();
            }
        }
        try (var store = new SqliteStore(file)) {
            // events appended while no processor runs must not be lost
            IntStream.rangeClosed(6, 8).forEach(i -> store.engine.appendEvents(event(slot(i), 0, new SlotBooked(slot(i), "x"))));
            var second = new Ledger();
            var axon = axon(store, second);
            axon.start();
            try {
                book(axon, 9, 10);
                await().atMost(PATIENCE).until(() -> second.seen.size() >= 5);
            } finally {
                axon.shutdown();
            }

            assertThat(first.seen).containsExactlyElementsOf(slots(1, 5));
            assertThat(second.seen).containsExactlyElementsOf(slots(6, 10));
        }
    }

    private static Configuration axon(SqliteStore store, Ledger ledger) {
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> store.serializer)
                .configureEmbeddedEventStore(c -> store.engine)
                .configureTransactionManager(c -> store.transactions)
                .registerComponent(TokenStore.class, c -> store.tokenStore)
                .configureAggregate(Slot.class);
        if (ledger != null) {
            configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor("ledger")
                    .registerEventHandler(c -> ledger));
        }
        return configurer.buildConfiguration();
    }

    private static void book(Configuration axon, int from, int to) {
        IntStream.rangeClosed(from, to).forEach(i -> axon.commandGateway().sendAndWait(new BookSlot(slot(i), "+44" + i)));
    }

    private static String slot(int i) {
        return "slot-" + i;
    }

    private static List<String> slots(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(AxonOnSqliteTest::slot).collect(Collectors.toList());
    }
}
