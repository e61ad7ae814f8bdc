package bella.application.conversation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.Optional;

/** Reads the number the phone network says a caller is calling from; withheld and placeholder numbers are none. */
public class CallerNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private final String region;

    public CallerNumbers(String region) {
        this.region = region;
    }

    public Optional<String> e164(String from) {
        if (from == null || from.isBlank() || from.length() > 32) {
            return Optional.empty();
        }
        try {
            var number = PHONES.parse(from, region);
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}
