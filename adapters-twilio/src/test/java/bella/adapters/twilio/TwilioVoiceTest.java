package bella.adapters.twilio;

import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioVoiceTest {

    @ParameterizedTest
    @CsvSource({"CA, en-CA", "US, en-US", "GB, en-GB", "AU, en-AU", "ie, en-IE", "FR, en-US", "DE, en-US"})
    void givenARegion_whenNoLanguageIsSet_thenTheEnglishOfThatCountryOrAmerican(String region, String language) {
        assertThat(TwilioVoice.languageOf(region).toString()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-CA", "EN-ca", " en-GB "})
    void givenAnEnglishTwilioKnows_whenRead_thenTaken(String tag) {
        assertThat(TwilioVoice.language(tag)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-CA", "en", "english", "en-XX", "", "en_CA"})
    void givenALanguageBellaCannotListenFor_whenRead_thenRefused(String tag) {
        assertThat(TwilioVoice.language(tag)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Polly.Joanna-Neural", "Polly.Amy-Neural", "Google.en-US-Neural2-F",
            "Google.en-GB-Chirp3-HD-Aoede", "Polly.Joanna", "alice"})
    void givenAVoiceTwilioOffers_whenRead_thenTaken(String name) {
        assertThat(TwilioVoice.voice(name)).map(Say.Voice::toString).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joanna", "polly.joanna-neural", "Polly.Nobody-Neural", "Google.en-US-Neural2-Z",
            "Polly.Joanna-Neural\"><Hangup/>", "", "Alice"})
    void givenAVoiceTwilioDoesNotOffer_whenRead_thenRefused(String name) {
        assertThat(TwilioVoice.voice(name)).isEmpty();
    }

    @Test
    void givenEachEnglish_whenNoVoiceIsSet_thenANeuralPollyVoiceTwilioOffers() {
        for (Gather.Language language : Gather.Language.values()) {
            if (language.toString().startsWith("en-")) {
                assertThat(TwilioVoice.naturalVoiceFor(language).toString()).startsWith("Polly.")
                        .endsWith("-Neural");
            }
        }
        assertThat(TwilioVoice.naturalVoiceFor(Gather.Language.EN_GB)).isEqualTo(Say.Voice.POLLY_AMY_NEURAL);
        assertThat(TwilioVoice.naturalVoiceFor(Gather.Language.EN_CA)).isEqualTo(Say.Voice.POLLY_JOANNA_NEURAL);
    }
}
