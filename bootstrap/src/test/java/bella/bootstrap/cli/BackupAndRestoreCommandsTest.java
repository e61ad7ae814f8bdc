package bella.bootstrap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong arguments, and copies that must not happen, are one line and an exit code, never a stack trace. */
class BackupAndRestoreCommandsTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void givenNoFileOrSeveral_thenTheUsageAndCodeTwo() {
        for (String[] args : new String[][] {{"backup"}, {"backup", "a.db", "b.db"}, {"restore"},
                {"restore", "--force", "a.db"}, {"backup", ""}}) {
            err.reset();

            assertThat(run(Map.of(), args)).as(String.join(" ", args)).isEqualTo(2);

            assertThat(errors()).as(String.join(" ", args))
                    .isEqualTo("name one file; usage: " + args[0] + " FILE\n");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void givenAnUnusableDatabaseSetting_thenItsReasonAndCodeTwo() {
        assertThat(run(Map.of("DATABASE_URL", "mysql://db/bella"), "backup", "b.db")).isEqualTo(2);

        assertThat(errors()).startsWith("DATABASE_URL 'mysql://db/bella' is not usable").hasLineCount(1);
    }

    @Test
    void givenPostgresql_thenBothRefuseNamingItsOwnToolsAndCodeOne() {
        Map<String, String> postgresql = Map.of("DATABASE_URL", "postgresql://bella:secret@db.example/bella");

        assertThat(run(postgresql, "backup", directory.resolve("b.db").toString())).isEqualTo(1);
        assertThat(run(postgresql, "restore", directory.resolve("b.db").toString())).isEqualTo(1);

        assertThat(errors()).isEqualTo("DATABASE_URL names a PostgreSQL database, which Bella does not copy itself; "
                + "back it up with pg_dump, which takes a consistent copy while Bella runs\n"
                + "DATABASE_URL names a PostgreSQL database, which Bella does not copy itself; restore it with "
                + "pg_restore or psql\n");
        assertThat(directory.resolve("b.db")).doesNotExist();
    }

    @Test
    void givenAFileThatExistsOrIsMissing_thenOneLineAndCodeOne() throws Exception {
        Path existing = Files.writeString(directory.resolve("existing.db"), "keep me");
        Path database = directory.resolve("bella.db");
        Map<String, String> sqlite = Map.of("DATABASE_URL", "jdbc:sqlite:" + database);

        assertThat(run(sqlite, "backup", existing.toString())).isEqualTo(1);
        assertThat(run(sqlite, "restore", directory.resolve("missing.db").toString())).isEqualTo(1);
        assertThat(run(sqlite, "restore", existing.toString())).isEqualTo(1);

        assertThat(errors().lines()).containsExactly(
                "there is no database at " + database + " to back up",
                "there is no backup at " + directory.resolve("missing.db"),
                existing + " is not a SQLite database Bella can read: [SQLITE_NOTADB] File opened that is not a "
                        + "database file (file is not a database)");
        assertThat(existing).hasContent("keep me");
        assertThat(database).doesNotExist();
    }

    private int run(Map<String, String> env, String... args) {
        return CommandLine.run(args, new Shell(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, false, Clock.systemUTC()));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
