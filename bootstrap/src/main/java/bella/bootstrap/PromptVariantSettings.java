package bella.bootstrap;

import bella.application.conversation.PromptVariants;
import bella.domain.call.PromptVariant;
import bella.domain.call.ReadBackStyle;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The wordings the owner tries on callers. PROMPT_VARIANTS names them, each with an optional weight
 * ("warm=2, standard"); each variant's wording has settings of its own, named after it, so that the owner's text
 * needs no quoting: PROMPT_VARIANT_WARM_GREETING, PROMPT_VARIANT_WARM_WELCOME_BACK and PROMPT_VARIANT_WARM_READBACK.
 * Whatever a variant leaves unset is Bella's own wording, so a variant with none set is the control group.
 */
final class PromptVariantSettings {

    private static final String VARIANTS = "PROMPT_VARIANTS";
    private static final int HEAVIEST = 1_000;
    private static final String EXPECTED = "names with optional weights such as warm=2, standard";

    private PromptVariantSettings() {
    }

    static PromptVariants from(Environment env) {
        String value = env.getProperty(VARIANTS, "");
        List<PromptVariants.Weighted> variants = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = (equals < 0 ? part : part.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            if (!PromptVariant.NAME.matcher(name).matches()) {
                throw new BadSetting(VARIANTS, value, EXPECTED + "; a name is 1 to 32 letters, digits or '_' (could "
                        + "not read '" + part.strip() + "')");
            }
            int weight = equals < 0 ? 1 : weight(part.substring(equals + 1), name, value);
            variants.add(new PromptVariants.Weighted(variant(env, name), weight));
        }
        try {
            return new PromptVariants(variants);
        } catch (IllegalArgumentException twice) {
            throw new BadSetting(VARIANTS, value, twice.getMessage());
        }
    }

    private static int weight(String text, String name, String whole) {
        try {
            return Settings.whole(VARIANTS, text, 1, HEAVIEST);
        } catch (BadSetting e) {
            throw new BadSetting(VARIANTS, whole, "the weight of " + name + " as a whole number from 1 to "
                    + HEAVIEST);
        }
    }

    private static PromptVariant variant(Environment env, String name) {
        String prefix = "PROMPT_VARIANT_" + name.toUpperCase(Locale.ROOT) + "_";
        String greeting = wording(env, prefix + "GREETING", PromptVariant.STANDARD.greeting(),
                PromptVariant::checkGreeting);
        String welcomeBack = wording(env, prefix + "WELCOME_BACK", PromptVariant.welcomeBackAfter(greeting),
                PromptVariant::checkWelcomeBack);
        String readBack = env.getProperty(prefix + "READBACK", "");
        return new PromptVariant(name, greeting, welcomeBack,
                readBack.isBlank() ? PromptVariant.STANDARD.readBack() : readBack(prefix + "READBACK", readBack));
    }

    /** The owner's wording, checked alone so the line names the setting; blank, like unset, is Bella's own. */
    private static String wording(Environment env, String setting, String standard, Consumer<String> check) {
        String value = env.getProperty(setting, "").strip();
        if (value.isEmpty()) {
            return standard;
        }
        try {
            check.accept(value);
            return value;
        } catch (IllegalArgumentException unusable) {
            throw new BadSetting(setting, value, unusable.getMessage());
        }
    }

    private static ReadBackStyle readBack(String setting, String value) {
        try {
            return ReadBackStyle.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadSetting(setting, value, "one of " + Arrays.stream(ReadBackStyle.values())
                    .map(style -> style.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
