package bella.application.conversation;

import bella.domain.call.PromptVariant;
import bella.domain.call.ReadBackStyle;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PromptVariantsTest {

    private static final PromptVariant A = new PromptVariant("a", "Hello.", "Hello {name}.", ReadBackStyle.SUMMARY);
    private static final PromptVariant B = new PromptVariant("b", "Hi.", "Hi {name}.", ReadBackStyle.QUESTION);
    private static final int CALLS = 20_000;

    @Test
    void givenNoVariants_whenACallComes_thenItIsGivenNone() {
        assertThat(PromptVariants.NONE.forCall("CA0123")).isEmpty();
    }

    @Test
    void givenACallSid_whenAskedAgain_thenTheSameVariantWhateverElseWasAskedBetween() {
        var variants = new PromptVariants(List.of(new PromptVariants.Weighted(A, 1),
                new PromptVariants.Weighted(B, 1)));
        List<String> sids = IntStream.range(0, 100).mapToObj(PromptVariantsTest::sid).toList();

        List<PromptVariant> first = sids.stream().map(sid -> variants.forCall(sid).orElseThrow()).toList();
        var sameSettingsAgain = new PromptVariants(List.of(new PromptVariants.Weighted(A, 1),
                new PromptVariants.Weighted(B, 1)));

        assertThat(sids.stream().map(sid -> sameSettingsAgain.forCall(sid).orElseThrow()).toList())
                .isEqualTo(first).contains(A, B);
    }

    @Test
    void givenWeights_whenManyCallsCome_thenEachVariantGetsItsShare() {
        var variants = new PromptVariants(List.of(new PromptVariants.Weighted(A, 3),
                new PromptVariants.Weighted(B, 1)));
        Map<String, Integer> heard = new HashMap<>();

        IntStream.range(0, CALLS).mapToObj(PromptVariantsTest::sid)
                .forEach(sid -> heard.merge(variants.forCall(sid).orElseThrow().name(), 1, Integer::sum));

        assertThat((double) heard.get("a") / CALLS).isCloseTo(0.75, within(0.02));
        assertThat((double) heard.get("b") / CALLS).isCloseTo(0.25, within(0.02));
    }

    @Test
    void givenOneNameTwice_whenMade_thenRefused() {
        assertThatThrownBy(() -> new PromptVariants(List.of(new PromptVariants.Weighted(A, 1),
                new PromptVariants.Weighted(A, 2)))).hasMessage("a is named twice");
    }

    /** Sids as Twilio makes them: CA and 32 hex digits, here counting up, so neighbours differ in one place. */
    private static String sid(int n) {
        return String.format("CA%032x", n);
    }
}
