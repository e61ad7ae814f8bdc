package bella.application.understanding;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.Optional;

/**
 * Phone numbers as libphonenumber reads them, in the business's region when no country code is given: valid ones
 * only, in E.164. Withheld callers ("anonymous", "restricted") and placeholders have no number here.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Longer text is no phone number, and libphonenumber need not read it. */
    private static final int LONGEST = 32;

    private final String region;

    /** @throws IllegalArgumentException for a region libphonenumber does not know */
    public PhoneNumbers(String region) {
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("unknown phone region " + region);
        }
        this.region = region;
    }

    public Optional<String> e164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(raw, region);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}
