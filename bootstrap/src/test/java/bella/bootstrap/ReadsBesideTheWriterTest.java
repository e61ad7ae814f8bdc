package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that need no transaction never wait for SQLite's one writing connection: while the test holds it, as a long
 * append would, the health check and the owner's pages are answered from the read-only connections. Had they queued
 * for the writer, they would have failed when its pool gave up waiting.
 */
class ReadsBesideTheWriterTest {

    @TempDir
    Path data;

    @Test
    void theHealthCheckAndTheOwnersPagesAnswerWhileTheWriterIsHeld() throws Exception {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of());
             Connection writer = bella.bean(DataSource.class).getConnection()) {
            writer.createStatement().close(); // the writer is taken at a connection's first statement

            assertThat(bella.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(bella.get("/api/appointments?from=2026-03-01&to=2026-03-31").statusCode()).isEqualTo(200);
            assertThat(bella.get("/api/calls?from=2026-03-01&to=2026-03-31").statusCode()).isEqualTo(200);
        }
    }
}
