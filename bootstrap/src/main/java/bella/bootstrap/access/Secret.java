package bella.bootstrap.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * A secret from the settings, kept as its SHA-256 digest. What a request offers is digested too and the digests are
 * compared in constant time: equal lengths whatever was offered, so the time an answer takes tells an attacker
 * neither how much of the secret was right nor how long it is.
 */
final class Secret {

    private final byte[] digest;

    private Secret(String value) {
        this.digest = sha256(value);
    }

    /** The setting's secret, or none when it is blank. */
    static Optional<Secret> of(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new Secret(value));
    }

    boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(digest, sha256(offered));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
