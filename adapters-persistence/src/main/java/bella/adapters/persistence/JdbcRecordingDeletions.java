package bella.adapters.persistence;

import bella.application.forgetting.RecordingDeletions;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/** Forgotten people's recordings to delete at Twilio, in the {@code recording_deletions} table. */
public class JdbcRecordingDeletions implements RecordingDeletions {

    private static final int LONGEST_ERROR = 1_000;

    private final JdbcTemplate jdbc;

    public JdbcRecordingDeletions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean queue(String recordingSid, String callSid, Instant now) {
        return jdbc.update("INSERT INTO recording_deletions (recording_sid, call_sid, state, attempts, queued_at, "
                + "next_try_at) VALUES (?, ?, 'pending', 0, ?, ?) ON CONFLICT (recording_sid) DO NOTHING",
                recordingSid, callSid, now.toEpochMilli(), now.toEpochMilli()) == 1;
    }

    @Override
    public List<PendingDeletion> due(Instant now, int limit) {
        return jdbc.query("SELECT recording_sid, call_sid, attempts FROM recording_deletions "
                        + "WHERE state IN ('pending', 'failing') AND next_try_at <= ? "
                        + "ORDER BY next_try_at, recording_sid LIMIT ?",
                (row, i) -> new PendingDeletion(row.getString("recording_sid"), row.getString("call_sid"),
                        row.getInt("attempts")), now.toEpochMilli(), limit);
    }

    @Override
    public void deleted(String recordingSid, Instant at) {
        jdbc.update("UPDATE recording_deletions SET state = 'deleted', deleted_at = ?, last_error = NULL "
                + "WHERE recording_sid = ?", at.toEpochMilli(), recordingSid);
    }

    @Override
    public void retryAt(String recordingSid, int attempts, Instant next, String error, boolean failing) {
        String cut = error == null || error.length() <= LONGEST_ERROR ? error : error.substring(0, LONGEST_ERROR);
        jdbc.update("UPDATE recording_deletions SET attempts = ?, next_try_at = ?, last_error = ?, state = ? "
                        + "WHERE recording_sid = ? AND state <> 'deleted'", attempts, next.toEpochMilli(), cut,
                failing ? "failing" : "pending", recordingSid);
    }

    @Override
    public List<DeletionView> pending() {
        return jdbc.query("SELECT recording_sid, call_sid, state, attempts, last_error, next_try_at "
                        + "FROM recording_deletions WHERE state <> 'deleted' ORDER BY queued_at, recording_sid",
                (row, i) -> new DeletionView(row.getString("recording_sid"), row.getString("call_sid"),
                        row.getString("state"), row.getInt("attempts"), row.getString("last_error"),
                        Instant.ofEpochMilli(row.getLong("next_try_at"))));
    }
}
