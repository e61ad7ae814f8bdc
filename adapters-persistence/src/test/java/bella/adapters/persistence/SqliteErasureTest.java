package bella.adapters.persistence;

import bella.adapters.persistence.personal.Forgetting;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SQLite leaves behind when rows are deleted or overwritten, and that forgetting leaves none of the forgotten in
 * the database's files: neither the copies a b-tree's rebalancing strands in the pages a row left, nor what a file
 * an earlier version wrote kept in its free space.
 */
class SqliteErasureTest {

    private static final int ROWS = 2_000;

    @TempDir
    Path directory;

    /**
     * Rows that grow and shrink move between pages, and a move can leave a copy of a row where nothing zeroes it,
     * even with secure deletion: after forgetting anyone, no value overwritten before is left in any table but the
     * event store.
     */
    @Test
    void givenAManyTimesRebalancedTable_whenSomeoneIsForgotten_thenNoFileHoldsWhatWasOverwrittenBefore() {
        var url = DatabaseUrl.parse("jdbc:sqlite:" + directory.resolve("bella.db"));
        try (HikariDataSource dataSource = DataSources.sqlite(url)) {
            Schema.migrate(dataSource, url);
            var jdbc = new JdbcTemplate(dataSource);
            var transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            // a read model a later version might add: the rule covers every table, not a list of them
            jdbc.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, notes TEXT)");
            jdbc.execute("CREATE INDEX visits_phone ON visits (phone)");
            var random = new Random(1);
            transaction.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO visits VALUES (?, ?, ?, ?)",
                    IntStream.range(0, ROWS).mapToObj(i -> new Object[] {i, name(i, 0), number(i),
                            "x".repeat(10 + random.nextInt(290))}).toList()));
            int[] renamed = new int[ROWS];
            for (int round = 0; round < 10; round++) {
                transaction.executeWithoutResult(status -> {
                    jdbc.batchUpdate("UPDATE visits SET notes = ? WHERE id = ?", IntStream.range(0, ROWS / 7)
                            .mapToObj(i -> new Object[] {"y".repeat(5 + random.nextInt(600)), random.nextInt(ROWS)})
                            .toList());
                    jdbc.batchUpdate("UPDATE visits SET name = ? WHERE id = ?", IntStream.range(0, 100)
                            .map(i -> random.nextInt(ROWS))
                            .mapToObj(i -> new Object[] {name(i, ++renamed[i]), i}).toList());
                });
            }
            jdbc.update("INSERT INTO customers (phone, name) VALUES (?, ?)", number(ROWS), name(ROWS, 0));

            new Forgetting(dataSource, new DataSourceTransactionManager(dataSource), url).forget(number(ROWS));

            List<String> overwritten = IntStream.range(0, ROWS)
                    .boxed().flatMap(i -> IntStream.range(0, renamed[i]).mapToObj(v -> name(i, v))).toList();
            assertThat(overwritten).hasSizeGreaterThan(900);
            assertThat(inFiles(directory.resolve("bella.db"), overwritten)).isEmpty();
            assertThat(inFiles(directory.resolve("bella.db"), List.of(name(ROWS, 0), number(ROWS)))).isEmpty();
        }
    }

    /**
     * An earlier Bella sealed its clear events in place without secure deletion: their old bytes stayed in the event
     * store's free space, which a rewrite of the tables in the clear never reaches.
     */
    @Test
    void givenAFileAnEarlierVersionWrote_whenSomeoneIsForgotten_thenWhatItOverwroteIsGoneToo() throws SQLException {
        Path file = directory.resolve("earlier.db");
        var earlier = new SQLiteDataSource();
        earlier.setUrl("jdbc:sqlite:" + file);
        try (var connection = earlier.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("schemas-before-migrations/5-appointment-service.sql"));
        }
        var jdbc = new JdbcTemplate(earlier);
        for (int i = 0; i < 20; i++) {
            jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                    + "payload, payloadType, timeStamp) VALUES (?, 0, 'Call', ?, ?, 'bella.Retired', "
                    + "'2026-03-03T15:15:00Z')", "CA" + i, "event-" + i,
                    ("{\"caller\":\"" + number(i) + "\",\"name\":\"" + name(i, 0) + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        jdbc.update("INSERT INTO customers (phone, name) VALUES (?, ?)", number(7), name(7, 0));
        // sealed in place: the sealed value is longer, so the row moves and its clear bytes stay where it was
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = 'CA7'",
                ("{\"caller\":{\"key\":\"CA7\",\"sealed\":\"" + "A".repeat(120) + "\"}}").getBytes(StandardCharsets.UTF_8));
        assertThat(inFiles(file, List.of(name(7, 0)))).as("what SQLite leaves without secure deletion")
                .containsExactly(name(7, 0) + " in earlier.db");

        var url = DatabaseUrl.parse("jdbc:sqlite:" + file);
        try (HikariDataSource dataSource = DataSources.sqlite(url)) {
            Schema.migrate(dataSource, url);
            new Forgetting(dataSource, new DataSourceTransactionManager(dataSource), url).forget(number(7));

            assertThat(inFiles(file, List.of(name(7, 0), number(7)))).isEmpty();
            assertThat(inFiles(file, List.of(name(8, 0)))).isNotEmpty();
        }
    }

    private static String number(int i) {
        return String.format("+1416%07d", i);
    }

    /** A name no other row, nor another version of this one, contains. */
    private static String name(int i, int version) {
        return String.format("Person%06dv%03dQ", i, version);
    }

    /** Which of the words any of the database's files holds, and where. */
    private static List<String> inFiles(Path database, List<String> words) {
        List<String> found = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            if (!Files.exists(file)) {
                continue;
            }
            String bytes;
            try {
                bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            words.stream().filter(bytes::contains).forEach(word -> found.add(word + " in " + file.getFileName()));
        }
        return found;
    }
}
