package bella.adapters.twilio;

import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How Bella sounds and listens on Twilio: the language the recogniser listens for and the voice Bella speaks with.
 * Both are taken only from the Twilio SDK's own lists ({@link Gather.Language}, {@link Say.Voice}), so Twilio is
 * never sent a value it does not know; the language is English in one of its regional forms, because Bella
 * understands English only.
 */
public record TwilioVoice(Gather.Language language, Say.Voice voice) {

    /**
     * Twilio's voice names: {@code Polly.Joanna}, {@code Polly.Joanna-Neural} or {@code -Generative},
     * {@code Google.en-US-Neural2-F} or {@code Google.en-GB-Chirp3-HD-Aoede}, and the basic man, woman and alice.
     */
    public static final Pattern VOICE_SHAPE = Pattern.compile(
            "Polly\\.[A-Z][A-Za-z]+(?:-Neural|-Generative)?|Google\\.[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+"
                    + "|man|woman|alice");

    /**
     * A natural (neural) voice for each English that Amazon Polly speaks with its own accent. Twilio offers no
     * Canadian English voice, so Canada, and Englishes Polly has no voice for, hear the American one.
     */
    private static final Map<Gather.Language, Say.Voice> NATURAL = Map.of(
            Gather.Language.EN_US, Say.Voice.POLLY_JOANNA_NEURAL,
            Gather.Language.EN_GB, Say.Voice.POLLY_AMY_NEURAL,
            Gather.Language.EN_AU, Say.Voice.POLLY_OLIVIA_NEURAL,
            Gather.Language.EN_NZ, Say.Voice.POLLY_ARIA_NEURAL,
            Gather.Language.EN_IE, Say.Voice.POLLY_NIAMH_NEURAL,
            Gather.Language.EN_IN, Say.Voice.POLLY_KAJAL_NEURAL,
            Gather.Language.EN_ZA, Say.Voice.POLLY_AYANDA_NEURAL);

    public TwilioVoice {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(voice, "voice");
    }

    /** A tag such as en-CA, in any case, among the Englishes Twilio's recogniser takes. */
    public static Optional<Gather.Language> language(String tag) {
        String wanted = tag.strip();
        return Arrays.stream(Gather.Language.values())
                .filter(language -> language.toString().startsWith("en-"))
                .filter(language -> language.toString().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The English of the business's country (en-CA for CA), or American English where Twilio has none. */
    public static Gather.Language languageOf(String region) {
        return language("en-" + region.toUpperCase(Locale.ROOT)).orElse(Gather.Language.EN_US);
    }

    /** A voice as Twilio names it, e.g. Polly.Joanna-Neural, when it has that shape and Twilio offers it. */
    public static Optional<Say.Voice> voice(String name) {
        String wanted = name.strip();
        if (!VOICE_SHAPE.matcher(wanted).matches()) {
            return Optional.empty();
        }
        return Arrays.stream(Say.Voice.values()).filter(voice -> voice.toString().equals(wanted)).findFirst();
    }

    /** The natural voice Bella speaks a language with unless told otherwise. */
    public static Say.Voice naturalVoiceFor(Gather.Language language) {
        return NATURAL.getOrDefault(language, Say.Voice.POLLY_JOANNA_NEURAL);
    }
}
