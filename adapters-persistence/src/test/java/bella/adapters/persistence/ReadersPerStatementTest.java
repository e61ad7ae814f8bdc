package bella.adapters.persistence;

import bella.adapters.persistence.personal.SealingSerializer;
import bella.domain.booking.AppointmentBooked;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction that opens a sealed event gives its reader back at once: commands that each opened one and then
 * wait (for an aggregate's lock, for the writer) hold no reader, so the next load still finds one.
 */
class ReadersPerStatementTest {

    private static final Instant AT = Instant.parse("2026-03-03T15:15:00Z");

    @TempDir
    Path data;

    @Test
    void transactionsThatOpenedSealedEventsLeaveEveryReaderFree() throws Exception {
        var url = DatabaseUrl.parse("jdbc:sqlite:" + data.resolve("bella.db"));
        ExecutorService commands = Executors.newFixedThreadPool(DataSources.SQLITE_READERS);
        try (var connections = Connections.open(url)) {
            Schema.migrate(connections.writes(), url);
            var serializer = SealingSerializer.over(JacksonSerializer.defaultSerializer(), connections.writes(),
                    connections.readers());
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(connections.writes()));
            var booked = new AppointmentBooked("a-1", AT, AT.plusSeconds(1800), "Ann Lee", "+14165550134", "CA1",
                    null, AT);
            SerializedObject<byte[]> stored = transactions.execute(status -> serializer.serialize(booked, byte[].class));

            var opened = new CountDownLatch(DataSources.SQLITE_READERS);
            var done = new CountDownLatch(1);
            List<Future<Object>> waiting = new ArrayList<>();
            for (int i = 0; i < DataSources.SQLITE_READERS; i++) {
                waiting.add(commands.submit(() -> transactions.execute(status -> {
                    Object event = serializer.deserialize(stored);
                    opened.countDown();
                    awaitQuietly(done);
                    return event;
                })));
            }
            opened.await();
            try (Connection reader = connections.readers().getConnection()) {
                assertThat(reader.isReadOnly()).isTrue();
            } finally {
                done.countDown();
            }
            for (Future<Object> command : waiting) {
                assertThat(command.get()).isEqualTo(booked);
            }
        } finally {
            commands.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
