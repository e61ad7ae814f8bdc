package bella.bootstrap.cli;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signs a webhook request as Twilio does ({@code X-Twilio-Signature}): HMAC-SHA1 with the account's auth token over
 * the full URL Twilio requested followed by every POST parameter's name and value, sorted by name, in base64. Bella
 * checks it with the Twilio SDK's validator, which can only check.
 */
public final class TwilioSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private TwilioSignature() {
    }

    /** @param form the POST parameters; none for a GET, whose parameters are in its URL */
    public static String of(String authToken, String url, Map<String, String> form) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException("no HMAC-SHA1 in this JDK", everyJdkHasIt);
        }
    }
}
