package bella.adapters.persistence.personal;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.Schema;
import bella.domain.PersonalData;
import bella.domain.booking.AppointmentBooked;
import bella.domain.call.UtteranceHeard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening sealed events over and over, as a rebuild does, on threads that each keep their own cipher. */
class OpeningSealedEventsTest {

    private static final Instant AT = Instant.parse("2026-03-03T15:15:00Z");

    @TempDir
    Path data;

    private SingleConnectionDataSource dataSource;
    private SealingSerializer serializer;

    @BeforeEach
    void database() {
        var url = DatabaseUrl.parse("jdbc:sqlite:" + data.resolve("bella.db"));
        dataSource = new SingleConnectionDataSource(url.jdbcUrl(), true);
        Schema.migrate(dataSource, url);
        serializer = SealingSerializer.over(JacksonSerializer.defaultSerializer(), dataSource, dataSource);
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void aValueThatDoesNotOpenLeavesTheThreadAbleToOpenTheNext() {
        var heard = new UtteranceHeard("CA1", 1, "Tuesday at two", 0.9, "SPEECH", "TIME", AT);
        ObjectNode altered = (ObjectNode) serializer.serialize(heard, JsonNode.class).getData();
        String sealed = altered.path("text").path("sealed").asText();
        ((ObjectNode) altered.get("text")).put("sealed", sealed.substring(0, sealed.length() - 4) + "AAAA");

        UtteranceHeard unreadable = serializer.deserialize(new SimpleSerializedObject<>(altered, JsonNode.class,
                UtteranceHeard.class.getName(), null));

        assertThat(unreadable.text()).isEqualTo(PersonalData.FORGOTTEN);
        assertThat((Object) serializer.deserialize(serializer.serialize(heard, byte[].class))).isEqualTo(heard);
    }

    /** An upcaster's tree may be handed out again: opening must not leave the clear value in it. */
    @Test
    void aStoredTreeIsOpenedIntoACopyAndStaysSealed() {
        var booked = new AppointmentBooked("a-1", AT, AT.plusSeconds(1800), "Ann Lee", "+14165550134", "CA1", null,
                AT);
        SerializedObject<JsonNode> stored = serializer.serialize(booked, JsonNode.class);
        String before = stored.getData().toString();

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(booked);
        assertThat(stored.getData().toString()).isEqualTo(before).doesNotContain("Ann Lee", "4165550134");
    }

    @Test
    void threadsSealingAndOpeningAtOnceEachReadBackTheirOwnWords() throws Exception {
        List<SerializedObject<byte[]>> stored = new ArrayList<>();
        List<UtteranceHeard> said = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var heard = new UtteranceHeard("CA" + i % 4, i, "words number " + i, 0.9, "SPEECH", "TIME", AT);
            said.add(heard);
            stored.add(serializer.serialize(heard, byte[].class));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> read = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                read.add(threads.submit(() -> {
                    List<Object> opened = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        opened.clear();
                        stored.forEach(event -> opened.add(serializer.deserialize(event)));
                    }
                    return opened;
                }));
            }
            for (Future<List<Object>> opened : read) {
                assertThat(opened.get(1, TimeUnit.MINUTES)).containsExactlyElementsOf(said);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
