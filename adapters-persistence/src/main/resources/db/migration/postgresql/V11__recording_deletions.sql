-- Recordings of forgotten people to delete at Twilio, queued as they are forgotten: state pending until repeated
-- tries failed, then failing (both tried on at next_try_at, epoch milliseconds), deleted once Twilio has none.
CREATE TABLE recording_deletions (
    recording_sid VARCHAR(64) NOT NULL PRIMARY KEY,
    call_sid VARCHAR(64) NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL,
    queued_at BIGINT NOT NULL,
    next_try_at BIGINT NOT NULL,
    last_error VARCHAR(1000),
    deleted_at BIGINT);
CREATE INDEX recording_deletions_due ON recording_deletions (state, next_try_at);
