package bella.bootstrap;

import bella.application.conversation.PromptVariants;
import bella.application.conversation.PromptVariants.Weighted;
import bella.domain.call.PromptVariant;
import bella.domain.call.ReadBackStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static bella.bootstrap.SettingsTest.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class PromptVariantSettingsTest {

    @Test
    void givenNoVariants_whenRead_thenNoneAndCallsRecordNone() {
        assertThat(Settings.from(env()).variants()).isEqualTo(PromptVariants.NONE);
        assertThat(Settings.from(env("PROMPT_VARIANTS", " ")).variants()).isEqualTo(PromptVariants.NONE);
    }

    @Test
    void givenVariantsWithWeightsAndWordings_whenRead_thenEachHasItsOwnAndWhatItLeavesUnsetIsBellas() {
        PromptVariants variants = Settings.from(env(
                "PROMPT_VARIANTS", "Warm=3, standard, brief=2",
                "PROMPT_VARIANT_WARM_GREETING", "Hi, you've reached {business}! How can I help?",
                "PROMPT_VARIANT_WARM_WELCOME_BACK", "Hi {name}, welcome back to {business}!",
                "PROMPT_VARIANT_WARM_READBACK", "Question",
                "PROMPT_VARIANT_BRIEF_GREETING", " {business}, hello. ",
                "PROMPT_VARIANT_BRIEF_READBACK", "checklist",
                "PROMPT_VARIANT_STANDARD_GREETING", " ", "PROMPT_VARIANT_STANDARD_READBACK", "")).variants();

        assertThat(variants.variants()).containsExactly(
                new Weighted(new PromptVariant("warm", "Hi, you've reached {business}! How can I help?",
                        "Hi {name}, welcome back to {business}!", ReadBackStyle.QUESTION), 3),
                new Weighted(new PromptVariant("standard", PromptVariant.STANDARD.greeting(),
                        PromptVariant.STANDARD.welcomeBack(), ReadBackStyle.SUMMARY), 1),
                new Weighted(new PromptVariant("brief", "{business}, hello.", "{business}, hello. Welcome back, "
                        + "{name}.", ReadBackStyle.CHECKLIST), 2));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments(List.of("PROMPT_VARIANTS", "warm=0"),
                        "PROMPT_VARIANTS=warm=0 is not usable: the weight of warm as a whole number from 1 to 1000"),
                arguments(List.of("PROMPT_VARIANTS", "warm=lots, plain"), "PROMPT_VARIANTS=warm=lots, plain is not "
                        + "usable: the weight of warm as a whole number from 1 to 1000"),
                arguments(List.of("PROMPT_VARIANTS", "warm hello, plain"), "PROMPT_VARIANTS=warm hello, plain is not "
                        + "usable: names with optional weights such as warm=2, standard; a name is 1 to 32 letters, "
                        + "digits or '_' (could not read 'warm hello')"),
                arguments(List.of("PROMPT_VARIANTS", "warm, WARM"),
                        "PROMPT_VARIANTS=warm, WARM is not usable: warm is named twice"),
                arguments(List.of("PROMPT_VARIANTS", "warm", "PROMPT_VARIANT_WARM_GREETING", "Hi {name}!"),
                        "PROMPT_VARIANT_WARM_GREETING=Hi {name}! is not usable: the greeting may use only "
                        + "{business}, not {name}"),
                arguments(List.of("PROMPT_VARIANTS", "warm", "PROMPT_VARIANT_WARM_WELCOME_BACK", "Hi {caller}!"),
                        "PROMPT_VARIANT_WARM_WELCOME_BACK=Hi {caller}! is not usable: the welcome back may use only "
                        + "{business} and {name}, not {caller}"),
                arguments(List.of("PROMPT_VARIANTS", "warm", "PROMPT_VARIANT_WARM_GREETING", "Hi from {business"),
                        "PROMPT_VARIANT_WARM_GREETING=Hi from {business is not usable: the greeting has a brace that "
                        + "opens or closes no placeholder"),
                arguments(List.of("PROMPT_VARIANTS", "warm", "PROMPT_VARIANT_WARM_GREETING", "x".repeat(301)),
                        "PROMPT_VARIANT_WARM_GREETING=" + "x".repeat(301) + " is not usable: the greeting must be 1 "
                        + "to 300 characters"),
                arguments(List.of("PROMPT_VARIANTS", "warm", "PROMPT_VARIANT_WARM_READBACK", "poem"),
                        "PROMPT_VARIANT_WARM_READBACK=poem is not usable: one of summary, question, checklist"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void givenAVariantBellaCannotUse_whenRead_thenRefusedNamingTheSetting(List<String> settings, String message) {
        assertThatThrownBy(() -> Settings.from(env(settings.toArray(String[]::new))))
                .isInstanceOf(BadSetting.class).hasMessage(message);
    }
}
