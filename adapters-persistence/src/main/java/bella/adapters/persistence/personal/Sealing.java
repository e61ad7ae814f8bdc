package bella.adapters.persistence.personal;

import bella.domain.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Seals and opens the personal fields of an event's JSON. A sealed field is an object in place of the string:
 * {@code {"key": record, "sealed": base64(nonce, AES-GCM ciphertext and tag)}}; the record and the field's name are
 * bound in as associated data, so a sealed value cannot be moved to another field or record unnoticed. A string
 * is a value stored in the clear, by an earlier version: it reads as it is.
 */
final class Sealing {

    private static final Logger LOG = LoggerFactory.getLogger(Sealing.class);
    private static final int NONCE_BYTES = 12;
    private static final String KEY = "key";
    private static final String SEALED = "sealed";
    /** Only numbers in the form every event stores them in name a person; "anonymous" and the like name no one. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecordKeys keys;

    Sealing(RecordKeys keys) {
        this.keys = keys;
    }

    /** Seals the clear personal fields of {@code event} in place, filing its record under the numbers they hold. */
    void seal(ObjectNode event, PersonalFields personal) {
        String record = event.path(personal.keyField()).asText(null);
        if (record == null) {
            throw new IllegalStateException("an event with personal data names no record in " + personal.keyField());
        }
        Map<String, PersonalData.Kind> clear = new LinkedHashMap<>();
        personal.fields().forEach((field, kind) -> {
            JsonNode value = event.get(field);
            if (value != null && value.isTextual() && !value.asText().equals(PersonalData.FORGOTTEN)) {
                clear.put(field, kind);
            }
        });
        if (clear.isEmpty()) {
            return;
        }
        Optional<SecretKey> key = keys.forSealing(record);
        clear.forEach((field, kind) -> {
            String value = event.get(field).asText();
            if (key.isEmpty()) {
                // the person asked to be forgotten: what is still said about the record is kept without them
                event.put(field, PersonalData.FORGOTTEN);
                return;
            }
            if (kind == PersonalData.Kind.NUMBER && E164.matcher(value).matches()) {
                keys.fileUnder(record, value);
            }
            event.putObject(field).put(KEY, record).put(SEALED, seal(key.get(), record, field, value));
        });
    }

    /** Opens the sealed personal fields of {@code event} in place: a forgotten person's read as forgotten. */
    void open(ObjectNode event, PersonalFields personal) {
        // an event's fields are sealed under its one record's key: read it once, not once a field
        Map<String, Optional<SecretKey>> read = new HashMap<>(2);
        for (String field : personal.fields().keySet()) {
            JsonNode value = event.get(field);
            if (value != null && value.isObject() && value.has(SEALED)) {
                String record = value.path(KEY).asText();
                event.put(field, read.computeIfAbsent(record, keys::forOpening)
                        .map(key -> open(key, record, field, value.path(SEALED).asText()))
                        .orElse(PersonalData.FORGOTTEN));
            }
        }
    }

    private static String seal(SecretKey key, String record, String field, String clear) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Ciphers.aesGcm(Cipher.ENCRYPT_MODE, key, nonce, record, field);
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** A value that does not open (altered in the database) reads as forgotten rather than stop whoever reads it. */
    private static String open(SecretKey key, String record, String field, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Ciphers.aesGcm(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), record,
                    field);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("The {} of record {} does not open with its key ({}): read as forgotten", field, record,
                    e.toString());
            return PersonalData.FORGOTTEN;
        }
    }
}
