package bella.adapters.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Bella keeps its events: the value of {@code DATABASE_URL}, as a JDBC URL plus credentials.
 *
 * <p>Accepts JDBC URLs ({@code jdbc:sqlite:./data/bella.db}, {@code jdbc:postgresql://host/db}) and the
 * SQLAlchemy forms the original Python service was deployed with ({@code sqlite:///./data/bella.db},
 * {@code sqlite+aiosqlite:///…}, {@code sqlite:////abs/path.db}, {@code postgresql://user:pass@host:5432/db},
 * {@code postgresql+asyncpg://…}), so existing deployments keep their environment unchanged.
 *
 * @param jdbcUrl  the URL to hand to the JDBC driver
 * @param user     the PostgreSQL user, or {@code null} when the URL carries none (always for SQLite)
 * @param password the PostgreSQL password, or {@code null}
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    /** The environment variable (and Spring property) that names the database. */
    public static final String PROPERTY = "DATABASE_URL";

    /** A file next to the working directory: what the Python service used by default. */
    public static final DatabaseUrl DEFAULT = new DatabaseUrl("jdbc:sqlite:./data/bella.db", null, null);

    private static final String JDBC_SQLITE = "jdbc:sqlite:";
    private static final String JDBC_POSTGRESQL = "jdbc:postgresql:";

    public DatabaseUrl {
        if (jdbcUrl == null || !(jdbcUrl.startsWith(JDBC_SQLITE) || jdbcUrl.startsWith(JDBC_POSTGRESQL))) {
            throw invalid(jdbcUrl, "expected a jdbc:sqlite: or jdbc:postgresql: URL");
        }
    }

    /** The configured value, or {@link #DEFAULT} when the variable is unset or blank. */
    public static DatabaseUrl fromEnvironment(String value) {
        return value == null || value.isBlank() ? DEFAULT : parse(value);
    }

    /**
     * Reads one of the accepted forms.
     *
     * @throws IllegalArgumentException with a one-line message naming {@code DATABASE_URL} when the value is none of them
     */
    public static DatabaseUrl parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid(value, "it is empty");
        }
        var url = value.strip();
        if (url.startsWith(JDBC_SQLITE)) {
            return sqlite(url.substring(JDBC_SQLITE.length()), value);
        }
        if (url.startsWith(JDBC_POSTGRESQL)) {
            if (url.length() == JDBC_POSTGRESQL.length() || url.equals(JDBC_POSTGRESQL + "//")) {
                throw invalid(value, "expected jdbc:postgresql://host[:port]/database");
            }
            return new DatabaseUrl(url, null, null);
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            throw invalid(value, "expected jdbc:sqlite:<file>, sqlite:///<file> or postgresql://user:password@host:port/database");
        }
        // SQLAlchemy names the driver after a '+' (sqlite+aiosqlite, postgresql+asyncpg): JDBC picks its own
        var dialect = url.substring(0, schemeEnd).split("\\+", 2)[0];
        switch (dialect) {
            case "sqlite":
                return sqliteAlchemy(url.substring(schemeEnd + 3), value);
            case "postgresql":
            case "postgres":
                return postgresql(url.substring(schemeEnd + 3), value);
            default:
                throw invalid(value, "unsupported database '" + dialect + "' (SQLite or PostgreSQL only)");
        }
    }

    public boolean isSqlite() {
        return jdbcUrl.startsWith(JDBC_SQLITE);
    }

    /** The database file, for SQLite; empty for PostgreSQL. */
    public Optional<Path> sqliteFile() {
        if (!isSqlite()) {
            return Optional.empty();
        }
        var location = jdbcUrl.substring(JDBC_SQLITE.length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        return Optional.of(Path.of(location));
    }

    /** Never prints the password: this value ends up in logs and exception messages. */
    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + (user == null ? "" : ", user=" + user) + (password == null ? "" : ", password=***") + "]";
    }

    // sqlite:///relative/path and sqlite:////absolute/path: the part after the third slash is the path as written
    private static DatabaseUrl sqliteAlchemy(String afterScheme, String original) {
        if (!afterScheme.startsWith("/")) {
            throw invalid(original, "expected sqlite:///<relative path> or sqlite:////<absolute path>");
        }
        return sqlite(afterScheme.substring(1), original);
    }

    private static DatabaseUrl sqlite(String location, String original) {
        var file = location.startsWith("file:") ? location.substring("file:".length()) : location;
        int query = file.indexOf('?');
        var path = query >= 0 ? file.substring(0, query) : file;
        if (path.isBlank()) {
            throw invalid(original, "the SQLite file name is missing");
        }
        // an in-memory database would vanish whenever the pool recycles its one connection
        if (path.equals(":memory:") || path.contains("mode=memory")) {
            throw invalid(original, "in-memory SQLite loses every event; name a file");
        }
        return new DatabaseUrl(JDBC_SQLITE + location, null, null);
    }

    private static DatabaseUrl postgresql(String afterScheme, String original) {
        URI uri;
        try {
            uri = new URI("postgresql://" + afterScheme);
        } catch (URISyntaxException e) {
            throw invalid(original, "not a URL (" + e.getReason() + ")");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(original, "the PostgreSQL host is missing");
        }
        var database = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (database.length() <= 1) {
            throw invalid(original, "the PostgreSQL database name is missing");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            var parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        var jdbc = new StringBuilder(JDBC_POSTGRESQL).append("//").append(uri.getHost());
        if (uri.getPort() >= 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(database);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        return new DatabaseUrl(jdbc.toString(), user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String value, String reason) {
        return new IllegalArgumentException(
                "DATABASE_URL '" + redacted(value) + "' is not usable: " + reason);
    }

    // credentials must not reach a log line, and the message must stay on one line
    private static String redacted(String value) {
        if (value == null) {
            return "";
        }
        var oneLine = value.strip().replaceAll("[\\r\\n]+", " ");
        return oneLine.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@");
    }
}
