package bella.adapters.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @ParameterizedTest
    @CsvSource({
            "jdbc:sqlite:./data/bella.db,              jdbc:sqlite:./data/bella.db,   ./data/bella.db",
            "sqlite:///./data/bella.db,                jdbc:sqlite:./data/bella.db,   ./data/bella.db",
            "sqlite+aiosqlite:///./data/bella.db,      jdbc:sqlite:./data/bella.db,   ./data/bella.db",
            "sqlite:///bella.db,                       jdbc:sqlite:bella.db,          bella.db",
            "sqlite:////abs/path.db,                   jdbc:sqlite:/abs/path.db,      /abs/path.db",
            "sqlite+aiosqlite:////var/lib/bella/b.db,  jdbc:sqlite:/var/lib/bella/b.db, /var/lib/bella/b.db",
            "jdbc:sqlite:file:/tmp/b.db?cache=shared,  jdbc:sqlite:file:/tmp/b.db?cache=shared, /tmp/b.db",
    })
    void givenSqliteForms_whenParsed_thenJdbcUrlAndFile(String value, String jdbcUrl, String file) {
        var url = DatabaseUrl.parse(value);

        assertThat(url.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(url.isSqlite()).isTrue();
        assertThat(url.sqliteFile()).contains(Path.of(file));
        assertThat(url.user()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "postgresql://bella:s3cret@db.local:5432/bella,         jdbc:postgresql://db.local:5432/bella, bella, s3cret",
            "postgresql+asyncpg://bella:s3cret@db.local:5432/bella, jdbc:postgresql://db.local:5432/bella, bella, s3cret",
            "postgres://bella:p%40ss%3Aword@db/bella?sslmode=require, jdbc:postgresql://db/bella?sslmode=require, bella, p@ss:word",
    })
    void givenPostgresqlForms_whenParsed_thenJdbcUrlAndCredentials(String value, String jdbcUrl, String user, String password) {
        var url = DatabaseUrl.parse(value);

        assertThat(url.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(url.user()).isEqualTo(user);
        assertThat(url.password()).isEqualTo(password);
        assertThat(url.isSqlite()).isFalse();
        assertThat(url.sqliteFile()).isEmpty();
    }

    @Test
    void givenJdbcPostgresql_whenParsed_thenKeptAsIs() {
        var url = DatabaseUrl.parse("jdbc:postgresql://db:5432/bella?user=bella");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/bella?user=bella");
        assertThat(url.user()).isNull();
    }

    @Test
    void givenNoValue_whenReadFromEnvironment_thenDefaultFile() {
        assertThat(DatabaseUrl.fromEnvironment(null)).isEqualTo(DatabaseUrl.DEFAULT);
        assertThat(DatabaseUrl.fromEnvironment("  ")).isEqualTo(DatabaseUrl.DEFAULT);
        assertThat(DatabaseUrl.DEFAULT.jdbcUrl()).isEqualTo("jdbc:sqlite:./data/bella.db");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "bella.db", "mysql://u:p@h/db", "sqlite://relative.db", "sqlite:///", "jdbc:sqlite:",
            "sqlite:///:memory:", "jdbc:sqlite::memory:", "postgresql://u:p@/db", "postgresql://u:p@host",
            "postgresql://u:p@host:notaport/db", "jdbc:postgresql:", "jdbc:postgresql://", "jdbc:mysql://h/db"})
    void givenMalformedValue_whenParsed_thenOneLineErrorNamingTheVariable(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DATABASE_URL")
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenPassword_whenRejectedOrPrinted_thenPasswordHidden() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://bella:s3cret@db/bella"))
                .hasMessageNotContaining("s3cret");
        assertThat(DatabaseUrl.parse("postgresql://bella:s3cret@db/bella").toString()).doesNotContain("s3cret");
    }
}
