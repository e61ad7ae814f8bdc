-- Callers' messages, filled by the messages projection from the event store: one row per call that left one, with
-- the caller's number, when it came (epoch milliseconds), its length and its transcription's status (pending,
-- transcribed, failed). attempts, next_try_at and last_error schedule the transcription of pending messages.
CREATE TABLE messages (
    call_sid VARCHAR(64) NOT NULL PRIMARY KEY,
    recording_sid VARCHAR(64) NOT NULL,
    caller VARCHAR(32),
    received_at BIGINT NOT NULL,
    duration_seconds BIGINT NOT NULL,
    recording_path VARCHAR(200),
    transcript TEXT,
    status VARCHAR(16) NOT NULL,
    failure VARCHAR(64),
    attempts INTEGER NOT NULL,
    next_try_at BIGINT NOT NULL,
    last_error VARCHAR(1000));
CREATE INDEX messages_received ON messages (received_at);
CREATE INDEX messages_due ON messages (status, next_try_at);
CREATE INDEX messages_recording ON messages (recording_sid);
