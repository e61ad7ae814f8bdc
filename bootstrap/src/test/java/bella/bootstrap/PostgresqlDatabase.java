package bella.bootstrap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An empty database of its own, for one test, on the PostgreSQL server named by {@value #SERVER} (a JDBC URL with
 * user and password, such as {@code .ci/run} and the CI workflow export), dropped when the test is done.
 *
 * <p>Without that variable the PostgreSQL tests are skipped, saying why, so that a developer without a server can
 * still run the suite; under {@code CI=true} they fail instead, so a build that lost its server cannot pass by
 * skipping them.
 */
final class PostgresqlDatabase implements AutoCloseable {

    static final String SERVER = "BELLA_TEST_POSTGRES_URL";

    // jdbc:postgresql://host:port/ then the database name, then the query with the credentials
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");

    private final String serverUrl;
    private final String name;
    private final String url;

    private PostgresqlDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
        var parts = DATABASE_IN_URL.matcher(serverUrl);
        if (!parts.matches()) {
            throw new IllegalArgumentException(SERVER + " is not a jdbc:postgresql://host:port/database URL");
        }
        this.url = parts.group(1) + name + parts.group(3);
    }

    static PostgresqlDatabase create() {
        var server = System.getenv(SERVER);
        if (server == null || server.isBlank()) {
            var missing = SERVER + " is not set: no PostgreSQL server to test against (.ci/run starts one)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + "; under CI=true the PostgreSQL tests must run");
            }
            Assumptions.abort(missing + "; PostgreSQL tests skipped");
        }
        var database = new PostgresqlDatabase(server, "bella_test_" + UUID.randomUUID().toString().replace("-", ""));
        database.onServer("CREATE DATABASE " + database.name);
        return database;
    }

    /** The JDBC URL of this database, credentials included: a value for {@code DATABASE_URL}. */
    String url() {
        return url;
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url));
    }

    void load(String script) throws SQLException {
        try (var connection = DriverManager.getConnection(url)) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
        }
    }

    @Override
    public void close() {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void onServer(String statement) {
        try (var connection = DriverManager.getConnection(serverUrl);
             var sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + statement, e);
        }
    }
}
