package bella.adapters.persistence.personal;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The keys sealing each record's personal data ({@code personal_data_keys}) and the people each record names, filed
 * by a keyed hash of their number ({@code personal_data_people}), so a person's records are found from their
 * number without the number being kept beside the keys.
 *
 * <p>A forgotten record keeps its row with no key: what is later said about it is stored as forgotten rather than
 * sealed under a new key that no number would find. Keys are read from the database each time, never cached, so a
 * key destroyed by one process opens nothing in another.
 */
final class RecordKeys {

    static final String AES = "AES";
    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BITS = 256;
    private static final String KEY_OF = "SELECT secret FROM personal_data_keys WHERE record_id = ?";

    private final JdbcTemplate jdbc;
    private final Opening opening;
    private volatile SecretKey personSecret;

    /** Reads keys to open records through {@code jdbc} too, in the caller's transaction when there is one. */
    RecordKeys(JdbcTemplate jdbc) {
        this(jdbc, record -> jdbc.queryForList(KEY_OF, String.class, record));
    }

    /**
     * @param readers where keys are read to open what is stored: a reader beside SQLite's writer, so that loading an
     *                aggregate never takes the writer while its handler still holds aggregates' locks. Each key is
     *                read on a reader taken for that one statement: a {@code JdbcTemplate} would bind the reader to
     *                the caller's transaction until it commits, and four commands each holding one while they load
     *                another aggregate would wait for a fifth reader until the pool gave up.
     */
    RecordKeys(JdbcTemplate jdbc, DataSource readers) {
        this(jdbc, record -> secretOn(readers, record, jdbc));
    }

    private RecordKeys(JdbcTemplate jdbc, Opening opening) {
        this.jdbc = jdbc;
        this.opening = opening;
    }

    /** Reads the stored secret of a record: a list with the secret (null once forgotten), or none without a row. */
    private interface Opening {
        List<String> secret(String record);
    }

    /** The key to seal the record's personal data with, made on first use; empty once its person is forgotten. */
    Optional<SecretKey> forSealing(String record) {
        List<String> stored = stored(record);
        if (stored.isEmpty()) {
            // another process may make it at the same moment: the first one stored is everyone's
            jdbc.update("INSERT INTO personal_data_keys (record_id, secret) VALUES (?, ?) ON CONFLICT (record_id) "
                    + "DO NOTHING", record, Base64.getEncoder().encodeToString(newKey().getEncoded()));
            stored = stored(record);
        }
        return key(stored);
    }

    /** The key that opens the record's personal data; empty once its person is forgotten (or if it never had one). */
    Optional<SecretKey> forOpening(String record) {
        return key(opening.secret(record));
    }

    /** Files the record under the person with this number, so forgetting the number finds it. */
    void fileUnder(String record, String number) {
        jdbc.update("INSERT INTO personal_data_people (person, record_id) VALUES (?, ?) "
                + "ON CONFLICT (person, record_id) DO NOTHING", person(number), record);
    }

    /** The records filed under this number. */
    List<String> recordsOf(String number) {
        return jdbc.queryForList("SELECT record_id FROM personal_data_people WHERE person = ?", String.class,
                person(number));
    }

    /** Destroys the records' keys, and the people they were filed under, for good. */
    void destroy(List<String> records) {
        for (String record : records) {
            jdbc.update("UPDATE personal_data_keys SET secret = NULL WHERE record_id = ?", record);
            jdbc.update("DELETE FROM personal_data_people WHERE record_id = ?", record);
        }
    }

    /** A person as the key table knows them: the number hashed with this database's own secret. */
    private String person(String number) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(personSecret());
            return HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private SecretKey personSecret() {
        if (personSecret == null) {
            String secret = jdbc.queryForObject("SELECT secret FROM personal_data_secret WHERE id = 1", String.class);
            personSecret = new SecretKeySpec(Base64.getDecoder().decode(secret), HMAC);
        }
        return personSecret;
    }

    private List<String> stored(String record) {
        return jdbc.queryForList(KEY_OF, String.class, record);
    }

    private static List<String> secretOn(DataSource readers, String record, JdbcTemplate translating) {
        try (Connection reader = readers.getConnection();
             PreparedStatement statement = reader.prepareStatement(KEY_OF)) {
            statement.setString(1, record);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Collections.singletonList(rows.getString(1)) : List.of();
            }
        } catch (SQLException e) {
            throw translating.getExceptionTranslator().translate("reading a record's key", KEY_OF, e);
        }
    }

    private static Optional<SecretKey> key(List<String> stored) {
        return stored.isEmpty() || stored.get(0) == null ? Optional.empty()
                : Optional.of(new SecretKeySpec(Base64.getDecoder().decode(stored.get(0)), AES));
    }

    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(AES);
            generator.init(KEY_BITS);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
    }
}
