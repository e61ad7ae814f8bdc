package bella.adapters.persistence.personal;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.SqliteErasure;
import bella.domain.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * Forgets a person: destroys the keys of every record (call, appointment) filed under their number, so their name,
 * number and words in those records' events read as forgotten from now on, and writes them out of the read models,
 * the text and calendar outboxes and the dead letters' error messages. Appointments stay, so their times stay taken.
 *
 * <p>On SQLite the old rows and keys are then overwritten in the file and its write-ahead log (see
 * {@link SqliteErasure}). PostgreSQL keeps dead rows until it vacuums and old values in its own log and backups:
 * there, forgetting rests on the destroyed keys.
 */
public final class Forgetting {

    private static final Logger LOG = LoggerFactory.getLogger(Forgetting.class);
    private static final String FORGOTTEN = PersonalData.FORGOTTEN;

    /** A forgotten person's texts: nothing left to send them is sent, and neither number nor words are kept. */
    private static final String TEXTS_FORGOTTEN = "UPDATE text_outbox SET to_number = ?, body = ?, last_error = NULL, "
            + "state = CASE WHEN state IN ('PENDING', 'SENDING') THEN 'WITHDRAWN' ELSE state END";

    /** A forgotten person's messages: still listed for the owner, with neither their number nor their words. */
    private static final String MESSAGES_FORGOTTEN = "UPDATE messages SET caller = ?, last_error = NULL, "
            + "transcript = CASE WHEN transcript IS NULL THEN NULL ELSE ? END";

    private final JdbcTemplate jdbc;
    private final RecordKeys keys;
    private final TransactionTemplate transaction;
    private final Optional<SqliteErasure> erasure;

    public Forgetting(DataSource dataSource, PlatformTransactionManager transactions, DatabaseUrl url) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.keys = new RecordKeys(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.erasure = url.isSqlite() ? Optional.of(new SqliteErasure(dataSource, transactions)) : Optional.empty();
    }

    /**
     * Forgets the person with this number, in E.164.
     *
     * @return how many records (calls, appointments) named them and how many read-model rows held them; both 0 when
     *         Bella knows nothing of the number, and then nothing is changed
     */
    public Forgotten forget(String number) {
        Forgotten forgotten = transaction.execute(status -> forgetInOneTransaction(number));
        if (forgotten.isEmpty()) {
            return forgotten;
        }
        erasure.ifPresent(SqliteErasure::erase);
        LOG.info("Forgot a person named in {} records and {} read-model rows", forgotten.records(),
                forgotten.rows());
        return forgotten;
    }

    /** The records (calls, appointments) filed under this number, in E.164, while it is not forgotten. */
    public List<String> recordsOf(String number) {
        return keys.recordsOf(number);
    }

    private Forgotten forgetInOneTransaction(String number) {
        List<String> records = keys.recordsOf(number);
        keys.destroy(records);
        int rows = jdbc.update("UPDATE appointments SET name = ?, phone = ? WHERE phone = ?", FORGOTTEN, FORGOTTEN,
                number)
                + jdbc.update("DELETE FROM customers WHERE phone = ?", number)
                + jdbc.update("UPDATE call_summaries SET caller = ? WHERE caller = ?", FORGOTTEN, number)
                + jdbc.update(TEXTS_FORGOTTEN + " WHERE to_number = ?", FORGOTTEN, FORGOTTEN, number)
                + jdbc.update(MESSAGES_FORGOTTEN + " WHERE caller = ?", FORGOTTEN, FORGOTTEN, number);
        for (String record : records) {
            rows += jdbc.update("UPDATE appointments SET name = ?, phone = ? WHERE id = ?", FORGOTTEN, FORGOTTEN,
                    record)
                    + jdbc.update("UPDATE call_summaries SET caller = ? WHERE call_sid = ?", FORGOTTEN, record)
                    + jdbc.update(TEXTS_FORGOTTEN + " WHERE appointment_id = ?", FORGOTTEN, FORGOTTEN, record)
                    + jdbc.update(MESSAGES_FORGOTTEN + " WHERE call_sid = ?", FORGOTTEN, FORGOTTEN, record)
                    + jdbc.update("UPDATE calendar_outbox SET summary = ?, description = ? WHERE appointment_id = ?",
                            FORGOTTEN, FORGOTTEN, record)
                    // a projection's error may quote what it failed on; the parked event itself is sealed
                    + jdbc.update("UPDATE DeadLetterEntry SET causeMessage = NULL, diagnostics = NULL "
                            + "WHERE aggregateIdentifier = ?", record);
        }
        return new Forgotten(records.size(), rows);
    }

    /** What forgetting someone touched. */
    public record Forgotten(int records, int rows) {

        public boolean isEmpty() {
            return records == 0 && rows == 0;
        }
    }
}
