package bella.bootstrap;

import bella.adapters.twilio.TwilioVoice;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static bella.bootstrap.SettingsTest.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoiceSettingsTest {

    @Test
    void givenNothingSet_whenRead_thenCanadianEnglishAndANaturalVoice() {
        assertThat(Settings.from(env()).voice())
                .isEqualTo(new TwilioVoice(Gather.Language.EN_CA, Say.Voice.POLLY_JOANNA_NEURAL));
    }

    @ParameterizedTest
    @CsvSource({"US, en-US, Polly.Joanna-Neural", "GB, en-GB, Polly.Amy-Neural", "AU, en-AU, Polly.Olivia-Neural",
            "MX, en-US, Polly.Joanna-Neural"})
    void givenOnlyThePhoneRegion_whenRead_thenItsEnglishAndAVoiceOfIt(String region, String language, String voice) {
        TwilioVoice read = Settings.from(env("BUSINESS_PHONE_REGION", region)).voice();

        assertThat(read.language().toString()).isEqualTo(language);
        assertThat(read.voice().toString()).isEqualTo(voice);
    }

    @Test
    void givenLanguageAndVoiceSet_whenRead_thenBothTaken() {
        TwilioVoice read = Settings.from(env("BUSINESS_LANGUAGE", "en-gb",
                "TWILIO_VOICE", "Google.en-GB-Neural2-A")).voice();

        assertThat(read).isEqualTo(new TwilioVoice(Gather.Language.EN_GB, Say.Voice.GOOGLE_EN_GB_NEURAL2_A));
    }

    @Test
    void givenOnlyTheLanguage_whenRead_thenTheVoiceFollowsIt() {
        assertThat(Settings.from(env("BUSINESS_LANGUAGE", "en-IE")).voice().voice())
                .isEqualTo(Say.Voice.POLLY_NIAMH_NEURAL);
    }

    @Test
    void givenALanguageBellaCannotListenFor_whenRead_thenOneLineNamingIt() {
        assertThatThrownBy(() -> Settings.from(env("BUSINESS_LANGUAGE", "fr-CA")))
                .isInstanceOf(BadSetting.class)
                .hasMessage("BUSINESS_LANGUAGE=fr-CA is not usable: an English Twilio's recogniser takes, such as "
                        + "en-CA, en-US or en-GB");
    }

    @Test
    void givenAVoiceTwilioDoesNotOffer_whenRead_thenOneLineNamingIt() {
        assertThatThrownBy(() -> Settings.from(env("TWILIO_VOICE", "Polly.Joanna-Neurall")))
                .isInstanceOf(BadSetting.class)
                .hasMessage("TWILIO_VOICE=Polly.Joanna-Neurall is not usable: a voice Twilio offers, named as Twilio "
                        + "names it, such as Polly.Joanna-Neural or Google.en-US-Neural2-F");
    }
}
