package bella.bootstrap;

import bella.adapters.twilio.TwilioVoice;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.springframework.core.env.Environment;

/**
 * BUSINESS_LANGUAGE, the English Twilio's recogniser listens for (by default that of BUSINESS_PHONE_REGION: en-CA
 * for CA, en-GB for GB, en-US where Twilio has none for the country), and TWILIO_VOICE, the voice Bella speaks with
 * (by default a natural neural voice for that English, see {@link TwilioVoice#naturalVoiceFor}).
 */
final class VoiceSettings {

    private VoiceSettings() {
    }

    static TwilioVoice from(Environment env, String region) {
        String tag = env.getProperty("BUSINESS_LANGUAGE", "");
        Gather.Language language = tag.isBlank() ? TwilioVoice.languageOf(region) : TwilioVoice.language(tag)
                .orElseThrow(() -> new BadSetting("BUSINESS_LANGUAGE", tag, "an English Twilio's recogniser takes, "
                        + "such as en-CA, en-US or en-GB"));
        String name = env.getProperty("TWILIO_VOICE", "");
        Say.Voice voice = name.isBlank() ? TwilioVoice.naturalVoiceFor(language) : TwilioVoice.voice(name)
                .orElseThrow(() -> new BadSetting("TWILIO_VOICE", name, "a voice Twilio offers, named as Twilio "
                        + "names it, such as Polly.Joanna-Neural or Google.en-US-Neural2-F"));
        return new TwilioVoice(language, voice);
    }
}
