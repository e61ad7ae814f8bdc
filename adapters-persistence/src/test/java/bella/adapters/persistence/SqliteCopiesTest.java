package bella.adapters.persistence;

import bella.adapters.persistence.SqliteCopies.CopyRefused;
import bella.adapters.persistence.TestEvents.SlotBooked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static bella.adapters.persistence.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup holds every event, and a restore brings them back, but only into a database nobody has open and only from
 * a file that is a Bella database this version can read.
 */
class SqliteCopiesTest {

    @TempDir
    Path directory;

    @Test
    void givenADatabaseInUse_whenBackedUp_thenTheCopyHoldsEveryEventAndRestoresOnceItIsClosed() {
        Path database = directory.resolve("bella.db");
        Path backup = directory.resolve("backups/monday.db");
        List<String> before;
        try (SqliteStore store = new SqliteStore(database)) {
            append(store, "slot-1", 3);
            append(store, "slot-2", 2);
            before = eventIds(store);

            assertThat(SqliteCopies.backup(store.url, backup)).isEqualTo(5);

            append(store, "slot-3", 1);
            assertThatThrownBy(() -> SqliteCopies.restore(backup, store.url))
                    .isInstanceOf(CopyRefused.class).hasMessageContaining("is in use");
            assertThat(eventIds(store)).hasSize(6);
        }
        assertThat(directory.resolve("backups")).isDirectoryContaining(path -> path.equals(backup));
        assertThat(directory.resolve("backups/monday.db.partial")).doesNotExist();

        assertThat(SqliteCopies.restore(backup, DatabaseUrl.parse("jdbc:sqlite:" + database))).isEqualTo(5);

        try (SqliteStore restored = new SqliteStore(database)) {
            assertThat(eventIds(restored)).isEqualTo(before);
            append(restored, "slot-3", 1);
            assertThat(eventIds(restored)).hasSize(6);
        }
    }

    @Test
    void givenABackupIntoANewPlace_thenItBecomesThatDatabase() {
        Path backup = directory.resolve("backup.db");
        try (SqliteStore store = new SqliteStore(directory.resolve("bella.db"))) {
            append(store, "slot-1", 2);
            SqliteCopies.backup(store.url, backup);
        }
        Path elsewhere = directory.resolve("new/bella.db");

        assertThat(SqliteCopies.restore(backup, DatabaseUrl.parse("jdbc:sqlite:" + elsewhere))).isEqualTo(2);
        try (SqliteStore restored = new SqliteStore(elsewhere)) {
            assertThat(eventIds(restored)).hasSize(2);
        }
    }

    @Test
    void givenAnExistingTarget_thenTheBackupIsRefusedAndTheFileLeftAlone() throws Exception {
        Path existing = Files.writeString(directory.resolve("taken.db"), "mine");
        try (SqliteStore store = new SqliteStore(directory.resolve("bella.db"))) {
            assertThatThrownBy(() -> SqliteCopies.backup(store.url, existing))
                    .isInstanceOf(CopyRefused.class).hasMessage(existing + " exists already; name a new file, a "
                            + "backup never overwrites one");
        }
        assertThat(existing).hasContent("mine");
    }

    @Test
    void givenPostgresql_thenBackupAndRestoreAreRefusedNamingItsOwnTools() {
        DatabaseUrl postgresql = DatabaseUrl.parse("postgresql://bella:secret@db.example/bella");

        assertThatThrownBy(() -> SqliteCopies.backup(postgresql, directory.resolve("b.db")))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("PostgreSQL").hasMessageContaining("pg_dump")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SqliteCopies.restore(directory.resolve("b.db"), postgresql))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("pg_restore");
    }

    @Test
    void givenNoDatabase_thenThereIsNothingToBackUp() {
        Path missing = directory.resolve("missing.db");

        assertThatThrownBy(() -> SqliteCopies.backup(DatabaseUrl.parse("jdbc:sqlite:" + missing),
                directory.resolve("b.db"))).isInstanceOf(CopyRefused.class)
                .hasMessage("there is no database at " + missing + " to back up");
        assertThat(missing).doesNotExist();
    }

    @Test
    void givenFilesThatAreNotBellaBackups_thenTheRestoreIsRefusedAndTheDatabaseKept() throws Exception {
        Path database = directory.resolve("bella.db");
        try (SqliteStore store = new SqliteStore(database)) {
            append(store, "slot-1", 1);
        }
        DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:" + database);
        Path text = Files.writeString(directory.resolve("notes.txt"), "not a database at all, just some words");
        Path otherDatabase = directory.resolve("other.db");
        try (var other = DataSources.sqlite(DatabaseUrl.parse("jdbc:sqlite:" + otherDatabase))) {
            new JdbcTemplate(other).execute("CREATE TABLE recipes (name TEXT)");
        }
        Path newer = directory.resolve("newer.db");
        try (SqliteStore store = new SqliteStore(newer)) {
            new JdbcTemplate(store.dataSource).update("INSERT INTO flyway_schema_history (installed_rank, version, "
                    + "description, type, script, checksum, installed_by, execution_time, success) VALUES "
                    + "(99, '99', 'later', 'SQL', 'V99__later.sql', 1, 'bella', 1, 1)");
        }

        assertThatThrownBy(() -> SqliteCopies.restore(directory.resolve("none.db"), url))
                .isInstanceOf(CopyRefused.class).hasMessage("there is no backup at " + directory.resolve("none.db"));
        assertThatThrownBy(() -> SqliteCopies.restore(text, url))
                .isInstanceOf(CopyRefused.class).hasMessageStartingWith(text + " is not a SQLite database");
        assertThatThrownBy(() -> SqliteCopies.restore(otherDatabase, url))
                .isInstanceOf(CopyRefused.class).hasMessage(otherDatabase + " is not a Bella database (it has no "
                        + "DomainEventEntry table)");
        assertThatThrownBy(() -> SqliteCopies.restore(newer, url))
                .isInstanceOf(CopyRefused.class).hasMessageContaining("its schema is at version 99");
        try (SqliteStore kept = new SqliteStore(database)) {
            assertThat(eventIds(kept)).hasSize(1);
        }
    }

    private static void append(SqliteStore store, String aggregate, int events) {
        store.transactions.executeInTransaction(() -> {
            for (int sequence = 0; sequence < events; sequence++) {
                store.engine.appendEvents(event(aggregate, sequence, new SlotBooked(aggregate, "+14165550100")));
            }
        });
    }

    private static List<String> eventIds(SqliteStore store) {
        return new JdbcTemplate(store.dataSource).queryForList(
                "SELECT eventIdentifier FROM DomainEventEntry ORDER BY globalIndex", String.class);
    }
}
