package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RerunCommandTest {

    private static final String GREETING = "{\"turn\":0,\"heard\":null,\"said\":\"Thank you for calling Maple Dental. "
            + "Would you like to book an appointment, or hear our opening hours?\"}";
    private static final String BOOK = "{\"turn\":1,\"heard\":\"I'd like to book\",\"said\":\"What day and time would "
            + "suit you?\"}";

    @Test
    void givenTheSameRuns_thenItSaysSoAndMarksNoStep() throws Exception {
        String printed = printed("{\"original\":[" + GREETING + "," + BOOK + "],\"rerun\":[" + GREETING + "," + BOOK
                + "],\"firstDifference\":null}");

        assertThat(printed).startsWith("call CA1: today's code says what the call heard, at every step\n");
        assertThat(printed.lines().skip(3)).noneMatch(line -> line.startsWith(">"));
        assertThat(printed).contains("     0  (rings)                   Thank you for calling Maple Dental.");
        assertThat(printed.lines()).allMatch(line -> line.length() <= 120);
    }

    @Test
    void givenRunsThatPart_thenTheFirstDifferingStepIsMarkedAndAStepOnlyOneHasSaysTheCallWasOver() throws Exception {
        String closed = "{\"turn\":1,\"heard\":\"I'd like to book\",\"said\":\"Goodbye!\"}";
        String silence = "{\"turn\":2,\"heard\":\"\",\"said\":\"Sorry, I didn't catch that.\"}";

        String printed = printed("{\"original\":[" + GREETING + "," + BOOK + "," + silence + "],\"rerun\":["
                + GREETING + "," + closed + "],\"firstDifference\":1}");

        assertThat(printed).startsWith("call CA1: today's code differs from step 1 on (marked >)\n");
        assertThat(printed.lines().filter(line -> line.startsWith(">")))
                .containsExactly(">    1  I'd like to book          What day and time would suit you?           "
                        + "Goodbye!");
        assertThat(printed).contains("     2  (silence)                 Sorry, I didn't catch that.                 "
                + "(the call was over)");
    }

    @Test
    void longWordsAreWrappedWithinTheirColumnAndAWordLongerThanItIsCut() {
        assertThat(RerunCommand.wrapped("one two three", 7)).containsExactly("one two", "three");
        assertThat(RerunCommand.wrapped("abcdefghij k", 4)).containsExactly("abcd", "efgh", "ij k");
        assertThat(RerunCommand.wrapped("", 4)).containsExactly("");
    }

    private static String printed(String json) throws Exception {
        JsonNode comparison = new ObjectMapper().readTree(json);
        var out = new ByteArrayOutputStream();
        RerunCommand.print("CA1", comparison, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
