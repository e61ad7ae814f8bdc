package bella.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner tries two wordings: each caller, by their call's sid, hears one variant's greeting and read-back from the
 * first prompt to the last, and the figures count the calls and bookings of each variant as placed, also once every
 * projection is rebuilt from the event store.
 */
class PromptVariantCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Which variant a sid gets follows from the sid: these four are spread two and two by equal weights. */
    private static final String WARM_BOOKS = "CA00000000000000000000000000000b01";
    private static final String WARM_HANGS_UP = "CA00000000000000000000000000000b02";
    private static final String PLAIN_BOOKS = "CA00000000000000000000000000000b03";
    private static final String PLAIN_ASKS_HOURS = "CA00000000000000000000000000000b06";
    private static final Map<String, String> TWO_VARIANTS = Map.of(
            "PROMPT_VARIANTS", "warm, plain",
            "PROMPT_VARIANT_WARM_GREETING", "Hi, you've reached {business}! How can I help?",
            "PROMPT_VARIANT_WARM_READBACK", "question",
            "PROMPT_VARIANT_PLAIN_GREETING", "{business}, good morning.",
            "PROMPT_VARIANT_PLAIN_READBACK", "checklist");
    private static final String TUESDAY = "from=2026-03-03&to=2026-03-03";
    private static final String BY_VARIANT = "[{\"variant\":\"plain\",\"calls\":2,\"bookings\":1},"
            + "{\"variant\":\"warm\",\"calls\":2,\"bookings\":1}]";
    private static final List<String> PROJECTIONS = List.of("appointments", "customers", "call-summaries",
            "call-funnel");

    @TempDir
    Path data;

    @Test
    void givenTwoVariants_whenCallsComeIn_thenEachHearsItsVariantAndTheFiguresSplitByVariantAlsoAfterARebuild() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), TWO_VARIANTS)) {
            TwilioCaller warm = bella.caller(WARM_BOOKS, "+14165550401");
            String greeting = warm.dial();
            assertThat(greeting).startsWith("Hi, you've reached Maple Dental! How can I help? Would you like to book");
            assertThat(warm.dial()).as("the same webhook delivered again").isEqualTo(greeting);
            assertThat(warm.say("I'd like to book an appointment")).contains("What day and time");
            assertThat(warm.say("next Tuesday at 2 pm")).contains("your name");
            assertThat(warm.say("my name is Ann Lee")).isEqualTo("Shall I book Ann Lee in on Tuesday, March 10th "
                    + "at 2 PM? Say yes or press 1, or say no or press 2.");
            assertThat(warm.say("yes please")).contains("You're booked");
            warm.hangUp(70);

            TwilioCaller leaving = bella.caller(WARM_HANGS_UP, "+14165550402");
            assertThat(leaving.dial()).startsWith("Hi, you've reached Maple Dental!");
            leaving.say("I'd like to book");
            assertThat(leaving.say("Thursday")).contains("I have 9, 9:30 or 10 AM");
            leaving.hangUp(30);

            TwilioCaller plain = bella.caller(PLAIN_BOOKS, "+14165550403");
            assertThat(plain.dial()).startsWith("Maple Dental, good morning. Would you like to book");
            assertThat(plain.say("I'd like to book an appointment")).contains("What day and time");
            assertThat(plain.say("Wednesday March 11th at 11 am")).contains("your name");
            assertThat(plain.say("my name is Maria Lopez")).isEqualTo("Let me read that back: Maria Lopez, "
                    + "Wednesday, March 11th at 11 AM. Is that right? Say yes or press 1, or say no or press 2.");
            assertThat(plain.say("yes")).contains("You're booked");
            plain.hangUp(65);

            TwilioCaller asking = bella.caller(PLAIN_ASKS_HOURS, "+14165550404");
            assertThat(asking.dial()).startsWith("Maple Dental, good morning.");
            assertThat(asking.say("what are your hours?")).contains("Monday to Friday");
            asking.hangUp(12);

            String conversion = bella.awaitGet("/api/analytics/conversion?" + TUESDAY,
                    body -> tree(body).get("byVariant").equals(tree(BY_VARIANT)));
            assertThat(tree(conversion).get("byVariant")).isEqualTo(tree(BY_VARIANT));
            assertThat(tree(conversion).get("calls").asLong()).isEqualTo(4);
            assertThat(tree(conversion).get("bookings").asLong()).isEqualTo(2);
            JsonNode assigned = tree(bella.get("/api/calls/" + PLAIN_BOOKS + "/events").body()).get(1);
            assertThat(assigned.get("type").asText()).isEqualTo("PromptVariantAssigned");
            assertThat(assigned.get("payload").get("variant").asText()).isEqualTo("plain");

            rebuild(bella);

            assertThat(bella.awaitGet("/api/analytics/conversion?" + TUESDAY, conversion::equals))
                    .isEqualTo(conversion);
        }
    }

    /** Rebuilds every projection as the owner would, and waits until none is replaying any more. */
    private static void rebuild(RunningBella bella) {
        for (String name : PROJECTIONS) {
            assertThat(bella.post("/api/projections/" + name + "/rebuild").statusCode()).as(name).isEqualTo(202);
        }
        String done = bella.awaitGet("/api/projections",
                body -> tree(body).findValues("replaying").stream().noneMatch(JsonNode::asBoolean));
        assertThat(tree(done).findValues("replaying")).as(done).noneMatch(JsonNode::asBoolean);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
