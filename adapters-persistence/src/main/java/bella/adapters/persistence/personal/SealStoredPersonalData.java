package bella.adapters.persistence.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes this database's secret for filing records under people, and seals the personal data earlier versions stored
 * in the clear, in place, in the event store and among dead letters: forgetting then covers every call and
 * booking ever recorded, not only those made from now on. Events keep their type and revision; only their stored
 * JSON changes, from a string to a sealed value, which the serializer reads either way.
 */
public final class SealStoredPersonalData implements JavaMigration {

    private static final int PAGE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "seal stored personal data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        jdbc.update("INSERT INTO personal_data_secret (id, secret) VALUES (1, ?)",
                Base64.getEncoder().encodeToString(RecordKeys.newKey().getEncoded()));
        var sealing = new Sealing(new RecordKeys(jdbc));
        for (String type : jdbc.queryForList("SELECT DISTINCT payloadType FROM DomainEventEntry", String.class)) {
            personal(type).ifPresent(fields -> sealEvents(jdbc, sealing, type, fields));
        }
        for (Map<String, Object> letter : jdbc.queryForList(
                "SELECT deadLetterIdentifier, payloadType, payload FROM DeadLetterEntry")) {
            personal((String) letter.get("payloadType")).flatMap(fields ->
                    sealed((byte[]) letter.get("payload"), sealing, fields)).ifPresent(payload ->
                    jdbc.update("UPDATE DeadLetterEntry SET payload = ? WHERE deadLetterIdentifier = ?", payload,
                            letter.get("deadLetterIdentifier")));
        }
    }

    /** Page by page in the order of the store, so a long history never sits in memory at once. */
    private static void sealEvents(JdbcTemplate jdbc, Sealing sealing, String type, PersonalFields fields) {
        long after = -1;
        List<Map<String, Object>> page;
        do {
            page = jdbc.queryForList("SELECT globalIndex, payload FROM DomainEventEntry WHERE payloadType = ? "
                    + "AND globalIndex > ? ORDER BY globalIndex LIMIT " + PAGE, type, after);
            for (Map<String, Object> event : page) {
                after = ((Number) event.get("globalIndex")).longValue();
                long index = after;
                sealed((byte[]) event.get("payload"), sealing, fields).ifPresent(payload ->
                        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, index));
            }
        } while (page.size() == PAGE);
    }

    /** The payload with its clear personal fields sealed; empty when there was nothing to seal or it is not JSON. */
    private static Optional<byte[]> sealed(byte[] payload, Sealing sealing, PersonalFields fields) {
        try {
            JsonNode stored = JSON.readTree(payload);
            if (!(stored instanceof ObjectNode event)) {
                return Optional.empty();
            }
            ObjectNode sealed = event.deepCopy();
            sealing.seal(sealed, fields);
            return sealed.equals(event) ? Optional.empty() : Optional.of(JSON.writeValueAsBytes(sealed));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** The personal fields of a stored type; none for a type this version no longer has. */
    private static Optional<PersonalFields> personal(String type) {
        try {
            return PersonalFields.of(Class.forName(type, false, SealStoredPersonalData.class.getClassLoader()));
        } catch (ClassNotFoundException gone) {
            return Optional.empty();
        }
    }
}
