package bella.adapters.persistence.personal;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.Schema;
import bella.domain.PersonalData;
import bella.domain.booking.AppointmentBooked;
import bella.domain.call.CallStarted;
import bella.domain.call.CallerNamed;
import bella.domain.call.CallerNumberGiven;
import bella.domain.call.IntentDetected;
import bella.domain.call.UtteranceHeard;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal fields are sealed on the way into the store, open on the way out, and read as forgotten once shredded. */
class SealingSerializerTest {

    private static final Instant AT = Instant.parse("2026-03-03T15:15:00Z");
    private static final String NUMBER = "+14165550134";

    @TempDir
    Path data;

    private SingleConnectionDataSource dataSource;
    private SealingSerializer serializer;
    private Forgetting forgetting;

    @BeforeEach
    void database() {
        var url = DatabaseUrl.parse("jdbc:sqlite:" + data.resolve("bella.db"));
        dataSource = new SingleConnectionDataSource(url.jdbcUrl(), true);
        Schema.migrate(dataSource, url);
        serializer = SealingSerializer.over(JacksonSerializer.defaultSerializer(), dataSource, dataSource);
        forgetting = new Forgetting(dataSource, new DataSourceTransactionManager(dataSource), url);
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void namesNumbersAndWordsAreStoredSealedAndReadBackAsTheyWere() {
        var booked = new AppointmentBooked("a-1", AT, AT.plusSeconds(1800), "Jean-Luc O'Brien", NUMBER, "CA1", null,
                AT);

        SerializedObject<byte[]> stored = serializer.serialize(booked, byte[].class);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("O'Brien", "Jean", NUMBER, "4165550134").contains("\"sealed\"", "a-1");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(booked);
    }

    @Test
    void aValueSealedTwiceLooksDifferentEachTime() {
        var heard = new UtteranceHeard("CA1", 1, "it's Ann Lee", 0.9, "SPEECH", "NAME", AT);

        assertThat(serializer.serialize(heard, String.class).getData())
                .isNotEqualTo(serializer.serialize(heard, String.class).getData());
    }

    @Test
    void eventsWithoutPersonalDataAreStoredAsTheJsonSerializerWritesThem() {
        var intent = new IntentDetected("CA1", "BOOK", AT);

        assertThat(serializer.serialize(intent, String.class).getData())
                .isEqualTo(JacksonSerializer.defaultSerializer().serialize(intent, String.class).getData());
    }

    @Test
    void eventsAnEarlierVersionStoredInTheClearStillRead() {
        String clear = "{\"callId\":\"CA1\",\"name\":\"Ann Lee\",\"at\":\"2026-03-03T15:15:00Z\"}";

        CallerNamed named = serializer.deserialize(new SimpleSerializedObject<>(clear, String.class,
                new SimpleSerializedType(CallerNamed.class.getName(), null)));

        assertThat(named).isEqualTo(new CallerNamed("CA1", "Ann Lee", AT));
    }

    @Test
    void aForgottenPersonsFieldsReadAsForgottenAndWhatIsLaterSaidOfTheRecordIsNotKept() {
        var started = serializer.serialize(new CallStarted("CA1", NUMBER, "+16475550000", "America/Toronto",
                List.of(), AT), byte[].class);
        var heard = serializer.serialize(new UtteranceHeard("CA1", 1, "book me in, 416 555 0134", 0.9, "SPEECH",
                "INTENT", AT), byte[].class);

        assertThat(forgetting.forget(NUMBER).records()).isEqualTo(1);

        CallStarted start = serializer.deserialize(started);
        UtteranceHeard words = serializer.deserialize(heard);
        assertThat(start.from()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat(start.to()).isEqualTo("+16475550000");
        assertThat(words.text()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat(words.turn()).isEqualTo(1);
        String later = new String(serializer.serialize(new CallerNamed("CA1", "Ann Lee", AT), byte[].class)
                .getData(), StandardCharsets.UTF_8);
        assertThat(later).doesNotContain("Ann").contains(PersonalData.FORGOTTEN);
    }

    @Test
    void aNameSaidBeforeAWithheldNumberIsGivenIsForgottenWithThatNumber() {
        var started = serializer.serialize(new CallStarted("CA2", "anonymous", "+16475550000", "America/Toronto",
                List.of(), AT), byte[].class);
        var named = serializer.serialize(new CallerNamed("CA2", "Ann Lee", AT), byte[].class);
        var number = serializer.serialize(new CallerNumberGiven("CA2", NUMBER, AT), byte[].class);
        var other = serializer.serialize(new CallerNamed("CA3", "Bob Day", AT), byte[].class);

        assertThat(forgetting.forget(NUMBER).records()).isEqualTo(1);

        assertThat(((CallerNamed) serializer.deserialize(named)).name()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat(((CallerNumberGiven) serializer.deserialize(number)).phone()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat(((CallStarted) serializer.deserialize(started)).from()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat(((CallerNamed) serializer.deserialize(other)).name()).isEqualTo("Bob Day");
    }

    /** The dead-letter queue's serializer is another instance: it must still park an unreadable event as stored. */
    @Test
    void anEventStoredByOneIsHandedToAnotherOverTheSameDatabaseWithoutBeingOpened() {
        var json = JacksonSerializer.defaultSerializer();
        var store = SealingSerializer.over(json, dataSource, dataSource);
        var deadLetters = SealingSerializer.over(json, dataSource, dataSource);
        byte[] unreadable = "{\"callId\":\"CA1\",\"text\":{\"key\":\"CA1\"},\"turn\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8);
        var message = new SerializedMessage<>("event-1", new SimpleSerializedObject<>(unreadable, byte[].class,
                UtteranceHeard.class.getName(), null), new SimpleSerializedObject<>("{}".getBytes(
                StandardCharsets.UTF_8), byte[].class, MetaData.class.getName(), null), store);

        assertThat(deadLetters).isEqualTo(store).hasSameHashCodeAs(store);
        assertThat(message.serializePayload(deadLetters, byte[].class).getData()).isEqualTo(unreadable);
    }

    @Test
    void aNumberNoRecordNamesIsForgottenWithNothingToForget() {
        serializer.serialize(new CallStarted("CA4", "+14165550199", "+16475550000", "America/Toronto", List.of(),
                AT), byte[].class);

        assertThat(forgetting.forget(NUMBER).isEmpty()).isTrue();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM personal_data_keys WHERE secret IS NOT NULL", Integer.class)).isEqualTo(1);
    }
}
