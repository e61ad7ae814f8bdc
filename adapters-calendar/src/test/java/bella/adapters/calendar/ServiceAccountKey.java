package bella.adapters.calendar;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.Base64;

/** A throwaway service account: a fresh RSA key and the JSON key file Google would issue for it. */
public record ServiceAccountKey(KeyPair keys, String clientEmail) {

    public static ServiceAccountKey generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new ServiceAccountKey(generator.generateKeyPair(), "bella@bella-test.iam.gserviceaccount.com");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key file as Google issues it, with the token endpoint moved to {@code tokenUri}. */
    public String json(String tokenUri) {
        var pem = ("-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n");
        return """
                {
                  "type": "service_account",
                  "project_id": "bella-test",
                  "private_key_id": "0123456789abcdef",
                  "private_key": "%s",
                  "client_email": "%s",
                  "client_id": "100000000000000000001",
                  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                  "token_uri": "%s",
                  "universe_domain": "googleapis.com"
                }
                """.formatted(pem, clientEmail, tokenUri);
    }

    /** Whether a JWT (header.payload.signature) carries a valid RS256 signature by this key. */
    boolean signed(String jwt) throws Exception {
        var parts = jwt.split("\\.");
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
