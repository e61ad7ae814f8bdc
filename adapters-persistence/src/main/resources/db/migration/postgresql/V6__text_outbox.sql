-- Texts to callers: one row per appointment change (its event's id) and purpose (a confirmation of the change, or
-- a reminder before the time it set), kept once settled, so a change is never texted twice for one purpose;
-- delivery reports from Twilio update the row of the message they name.
CREATE TABLE text_outbox (
    event_id VARCHAR(64) NOT NULL,
    purpose VARCHAR(16) NOT NULL,
    appointment_id VARCHAR(64) NOT NULL,
    to_number VARCHAR(32),
    body VARCHAR(1600) NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL,
    due_at BIGINT NOT NULL,
    send_before BIGINT,
    first_tried_at BIGINT,
    message_sid VARCHAR(64),
    error_code INTEGER,
    last_error VARCHAR(1000),
    delivery VARCHAR(32),
    queued_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, purpose));
CREATE INDEX text_outbox_due ON text_outbox (state, due_at);
CREATE INDEX text_outbox_appointment ON text_outbox (appointment_id);
CREATE UNIQUE INDEX text_outbox_message ON text_outbox (message_sid);
