package bella.adapters.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Instants read by their digits are the instants Jackson's own reader makes of the same text. */
class IsoInstantsTest {

    private final ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ObjectMapper fast = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(IsoInstants.module());

    @Test
    void instantsAsJacksonWritesThemReadAsTheyWereWritten() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // from 1970 to 2400, with whole seconds, millis, micros and nanos
            long second = (long) (random.nextDouble() * 13_569_465_600L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            String json = plain.writeValueAsString(instant.toString());

            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
            assertThat(fast.readValue(json, Instant.class)).isEqualTo(instant)
                    .isEqualTo(plain.readValue(json, Instant.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59Z", "2026-03-03T15:15:00.1Z", "2026-03-03T15:15:00.12345678Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"})
    void everyFractionAndTheEdgesOfTheCalendarRead(String text) throws Exception {
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
        assertThat(fast.readValue('"' + text + '"', Instant.class)).isEqualTo(Instant.parse(text));
    }

    /** Another form is left to Jackson's reader, which reads it as it always did, or says why it does not. */
    @ParameterizedTest
    @ValueSource(strings = {"\"2026-03-03T15:15:00+01:00\"", "\"2026-03-03T15:15Z\"", "\"2026-03-03T15:15:00.Z\"",
            "\"2026-03-03 15:15:00Z\"", "1772550900", "1772550900.5", "\"+12026-03-03T15:15:00Z\"",
            "\"2026-03-03T24:00:00Z\""})
    void otherFormsReadAsJacksonReadsThem(String json) throws Exception {
        assertThat(IsoInstants.parse(json.replace("\"", ""))).isNull();
        assertThat(readOrFailure(fast, json)).isEqualTo(readOrFailure(plain, json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-02-30T15:15:00Z\"", "\"2026-13-03T15:15:00Z\"",
            "\"2026-03-03T15:60:00Z\"", "\"2026-03-03T15:15:0xZ\""})
    void notAnInstantFailsAsInJacksonsReader(String json) {
        assertThat(IsoInstants.parse(json.replace("\"", ""))).isNull();
        assertThatThrownBy(() -> plain.readValue(json, Instant.class));
        assertThatThrownBy(() -> fast.readValue(json, Instant.class))
                .hasMessageContaining(json.replace("\"", ""));
    }

    private static Object readOrFailure(ObjectMapper json, String text) {
        try {
            return json.readValue(text, Instant.class);
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
