package bella.adapters.persistence.personal;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.Schema;
import bella.domain.PersonalData;
import bella.domain.booking.AppointmentBooked;
import bella.domain.call.CallStarted;
import bella.domain.call.IntentDetected;
import bella.domain.call.UtteranceHeard;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What earlier versions stored in the clear is sealed in place by the migration, still reads as it was, and is
 * forgotten like everything sealed since.
 */
class SealStoredPersonalDataTest {

    private static final Instant AT = Instant.parse("2026-03-03T15:15:00Z");
    private static final JacksonSerializer EARLIER = JacksonSerializer.defaultSerializer();

    @TempDir
    Path data;

    private DatabaseUrl url;
    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void databaseAnEarlierBellaMade() throws SQLException {
        url = DatabaseUrl.parse("jdbc:sqlite:" + data.resolve("bella.db"));
        dataSource = new SingleConnectionDataSource(url.jdbcUrl(), true);
        ScriptUtils.executeSqlScript(dataSource.getConnection(),
                new ClassPathResource("schemas-before-migrations/5-appointment-service.sql"));
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void givenClearEvents_whenMigrated_thenTheyAreSealedReadAsBeforeAndForgettable() {
        var started = new CallStarted("CA1", "+14165550134", "+16475550000", "America/Toronto", List.of(), AT);
        var heard = new UtteranceHeard("CA1", 1, "Ann Lee, 416 555 0134", 0.9, "SPEECH", "NAME", AT);
        var intent = new IntentDetected("CA1", "BOOK", AT);
        var booked = new AppointmentBooked("a-1", AT, AT.plusSeconds(1800), "Ann Lee", "+14165550134", "CA1", null,
                AT);
        store(1, "CA1", 0, started);
        store(2, "CA1", 1, heard);
        store(3, "CA1", 2, intent);
        store(4, "a-1", 0, booked);
        byte[] intentBefore = payload(3);

        Schema.migrate(dataSource, url);

        for (long index = 1; index <= 4; index++) {
            assertThat(new String(payload(index), StandardCharsets.UTF_8)).doesNotContain("Ann", "4165550134",
                    "416 555");
        }
        assertThat(payload(3)).isEqualTo(intentBefore);
        var serializer = SealingSerializer.over(EARLIER, dataSource, dataSource);
        assertThat(read(serializer, 1)).isEqualTo(started);
        assertThat(read(serializer, 2)).isEqualTo(heard);
        assertThat(read(serializer, 4)).isEqualTo(booked);

        var forgetting = new Forgetting(dataSource, new DataSourceTransactionManager(dataSource), url);
        assertThat(forgetting.forget("+14165550134").records()).isEqualTo(2);
        assertThat(((AppointmentBooked) read(serializer, 4)).name()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat(((UtteranceHeard) read(serializer, 2)).text()).isEqualTo(PersonalData.FORGOTTEN);
    }

    private void store(long index, String aggregate, long sequence, Object event) {
        var serialized = EARLIER.serialize(event, byte[].class);
        jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, "
                        + "eventIdentifier, payload, payloadRevision, payloadType, timeStamp) "
                        + "VALUES (?, ?, ?, 'Call', ?, ?, ?, ?, ?)", index, aggregate, sequence, "event-" + index,
                serialized.getData(), serialized.getType().getRevision(), serialized.getType().getName(),
                AT.toString());
    }

    private byte[] payload(long index) {
        return jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE globalIndex = ?", byte[].class, index);
    }

    private Object read(SealingSerializer serializer, long index) {
        var row = jdbc.queryForMap("SELECT payload, payloadType, payloadRevision FROM DomainEventEntry "
                + "WHERE globalIndex = ?", index);
        return serializer.deserialize(new SimpleSerializedObject<>((byte[]) row.get("payload"), byte[].class,
                new SimpleSerializedType((String) row.get("payloadType"), (String) row.get("payloadRevision"))));
    }
}
