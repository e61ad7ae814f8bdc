package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bella's real {@code main} on a database a newer Bella migrated further: one line, and nothing touched. */
class NewerSchemaStartupTest {

    @Test
    void givenASchemaFromANewerBella_whenStarted_thenOneLineSaysSoAndTheDatabaseIsLeftAsItWas(@TempDir Path workDir)
            throws Exception {
        Path database = workDir.resolve("later.db");
        String url = "jdbc:sqlite:" + database;
        try (var connection = DriverManager.getConnection(url); var sql = connection.createStatement()) {
            // the history table as Flyway makes it, holding a migration this version does not have
            sql.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version "
                    + "VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) "
                    + "NOT NULL, checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TEXT NOT NULL DEFAULT "
                    + "(strftime('%Y-%m-%d %H:%M:%f','now')), execution_time INT NOT NULL, success BOOLEAN NOT NULL)");
            sql.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) "
                    + "VALUES (1, '99', 'later', 'SQL', 'V99__later.sql', 1, 'bella', 1, 1)");
        }

        StartupErrorsTest.Started bella = StartupErrorsTest.start(workDir, Map.of("DATABASE_URL", url));

        assertThat(bella.exitCode()).isNotZero();
        assertThat(bella.lines()).singleElement().asString().contains(" ERROR ", "DATABASE_URL=" + url
                + " is not usable: its schema is at version 99, made by a newer Bella (this one knows versions up to ");
        try (var connection = DriverManager.getConnection(url); var sql = connection.createStatement();
             var tables = sql.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            tables.next();
            assertThat(tables.getInt(1)).isOne();
        }
    }
}
