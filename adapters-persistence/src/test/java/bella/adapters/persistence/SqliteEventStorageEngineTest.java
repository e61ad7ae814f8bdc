package bella.adapters.persistence;

import bella.adapters.persistence.TestEvents.NoteAdded;
import bella.adapters.persistence.TestEvents.SlotBooked;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static bella.adapters.persistence.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteEventStorageEngineTest {

    @TempDir
    Path directory;

    SqliteStore store;

    @BeforeEach
    void open() {
        store = new SqliteStore(directory.resolve("bella.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givenEmptyStore_whenAskedForTokensAndStreams_thenAnswersNothingWithoutError() {
        var engine = store.engine;

        assertThat(engine.createHeadToken()).isNull();
        assertThat(engine.createTailToken()).isNull();
        assertThat(engine.createTokenAt(Instant.now())).isNull();
        assertThat(engine.lastSequenceNumberFor("slot-1")).isEmpty();
        assertThat(engine.readEvents("slot-1").asStream()).isEmpty();
        try (var stream = engine.readEvents(null, false)) {
            assertThat(stream).isEmpty();
        }
    }

    @Test
    void givenAppendedStream_whenRead_thenSameEventsInOrder() {
        store.engine.appendEvents(event("slot-1", 0, new SlotBooked("slot-1", "+441234")),
                                  event("slot-1", 1, new NoteAdded("slot-1", "bring forms")),
                                  event("slot-2", 0, new SlotBooked("slot-2", "+449999")));

        assertThat(payloads(store.engine.readEvents("slot-1").asStream()))
                          .containsExactly(new SlotBooked("slot-1", "+441234"), new NoteAdded("slot-1", "bring forms"));
        assertThat(store.engine.lastSequenceNumberFor("slot-1")).contains(1L);
        assertThat(store.engine.lastSequenceNumberFor("slot-2")).contains(0L);
    }

    @Test
    void givenEvents_whenTokensCreated_thenTheyBracketTheStream() {
        var before = Instant.now().minusSeconds(60);
        store.engine.appendEvents(event("slot-1", 0, new SlotBooked("slot-1", "a")),
                                  event("slot-2", 0, new SlotBooked("slot-2", "b")));

        List<Object> all;
        try (var stream = store.engine.readEvents(store.engine.createTailToken(), false)) {
            all = payloads(stream);
        }
        try (var afterHead = store.engine.readEvents(store.engine.createHeadToken(), false)) {
            assertThat(afterHead).isEmpty();
        }
        try (var fromTime = store.engine.readEvents(store.engine.createTokenAt(before), false)) {
            assertThat(fromTime).hasSize(2);
        }

        assertThat(all).containsExactly(new SlotBooked("slot-1", "a"), new SlotBooked("slot-2", "b"));
    }

    @Test
    void givenBookedSlot_whenSameSlotBookedAgain_thenStreamCreationRefused() {
        store.engine.appendEvents(event("slot-9", 0, new SlotBooked("slot-9", "first caller")));

        assertThatThrownBy(() -> store.engine.appendEvents(event("slot-9", 0, new SlotBooked("slot-9", "second caller"))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(payloads(store.engine.readEvents("slot-9").asStream())).containsExactly(new SlotBooked("slot-9", "first caller"));
    }

    @Test
    void givenEventAtSequence_whenAnotherAppendedAtSameSequence_thenConcurrencyException() {
        store.engine.appendEvents(event("slot-3", 0, new SlotBooked("slot-3", "a")),
                                  event("slot-3", 1, new NoteAdded("slot-3", "first")));

        assertThatThrownBy(() -> store.engine.appendEvents(event("slot-3", 1, new NoteAdded("slot-3", "second"))))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void givenExistingTables_whenSchemaCreatedAgain_thenNothingChanges() {
        store.engine.appendEvents(event("slot-1", 0, new SlotBooked("slot-1", "a")));

        Schema.migrate(store.dataSource, store.url);

        assertThat(store.engine.lastSequenceNumberFor("slot-1")).contains(0L);
    }

    static List<Object> payloads(Stream<? extends EventMessage<?>> events) {
        return events.map(EventMessage::getPayload).collect(Collectors.toList());
    }
}
