package bella.adapters.persistence;

import bella.adapters.persistence.TestEvents.SlotBooked;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static bella.adapters.persistence.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The configuration as the app imports it, with stand-ins for what Spring Boot and Axon's starter provide. */
class PersistenceConfigurationTest {

    @TempDir
    Path directory;

    /** What Spring Boot's and Axon's auto-configuration would define. */
    static class BootAndAxonStandIns {
        @Bean
        PlatformTransactionManager platformTransactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
            return new SpringTransactionManager(transactions);
        }

        @Bean
        @Primary
        Serializer serializer() {
            return JacksonSerializer.defaultSerializer();
        }

        @Bean
        Serializer eventSerializer() {
            return JacksonSerializer.defaultSerializer();
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }
    }

    @Test
    void givenPythonStyleUrl_whenContextStarts_thenFileTablesAndBeansExist() {
        var file = directory.resolve("nested/dir/bella.db");
        try (var context = context("sqlite+aiosqlite:///" + file)) {
            assertThat(Files.exists(file)).isTrue();
            var jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table'", String.class))
                    .contains("DomainEventEntry", "SnapshotEventEntry", "TokenEntry");
            assertThat(jdbc.queryForObject("PRAGMA journal_mode", String.class)).isEqualToIgnoringCase("wal");
            assertThat(jdbc.queryForObject("PRAGMA synchronous", Integer.class)).isEqualTo(2); // FULL
            assertThat(jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
            for (String dataSource : new String[] {"dataSource", "reads"}) {
                assertThat(new JdbcTemplate(context.getBean(dataSource, DataSource.class))
                        .queryForObject("PRAGMA secure_delete", Integer.class)).as(dataSource).isEqualTo(1);
            }
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(SqliteTokenStore.class);
        }
    }

    @Test
    void givenSpringTransaction_whenReadModelAndEventStoreWrite_thenBothShareOneConnectionAndRollBackTogether() {
        try (var context = context("jdbc:sqlite:" + directory.resolve("bella.db"))) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var engine = context.getBean(EventStorageEngine.class);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            jdbc.execute("CREATE TABLE booking_view (slot_id VARCHAR(255) PRIMARY KEY)");

            // with a one-connection pool, an engine that did not join the transaction would wait for a connection
            // the transaction itself holds, and fail after the pool timeout
            transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO booking_view VALUES ('slot-1')");
                engine.appendEvents(event("slot-1", 0, new SlotBooked("slot-1", "+441111")));
                status.setRollbackOnly();
            });

            assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_view", Integer.class)).isZero();
            assertThat(engine.lastSequenceNumberFor("slot-1")).isEmpty();

            transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO booking_view VALUES ('slot-1')");
                engine.appendEvents(event("slot-1", 0, new SlotBooked("slot-1", "+441111")));
            });

            assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_view", Integer.class)).isOne();
            assertThat(engine.lastSequenceNumberFor("slot-1")).contains(0L);
        }
    }

    private static AnnotationConfigApplicationContext context(String databaseUrl) {
        var context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources()
               .addFirst(new MapPropertySource("test", Map.of(DatabaseUrl.PROPERTY, databaseUrl)));
        context.register(PersistenceConfiguration.class, BootAndAxonStandIns.class);
        context.refresh();
        return context;
    }
}
