-- The read models and the calendar outbox in the shape the earliest Bella that had each created it (hence IF NOT
-- EXISTS); later changes are later migrations. Instants are epoch milliseconds.
CREATE TABLE IF NOT EXISTS appointments (
    id VARCHAR(64) PRIMARY KEY,
    start_at BIGINT NOT NULL,
    end_at BIGINT NOT NULL,
    name VARCHAR(255),
    phone VARCHAR(32),
    status VARCHAR(32) NOT NULL,
    call_sid VARCHAR(64));

CREATE INDEX IF NOT EXISTS appointments_start ON appointments (start_at);

-- a caller's upcoming bookings, found by their number
CREATE INDEX IF NOT EXISTS appointments_phone ON appointments (phone, start_at);

CREATE TABLE IF NOT EXISTS customers (
    phone VARCHAR(32) PRIMARY KEY,
    name VARCHAR(255) NOT NULL);

CREATE TABLE IF NOT EXISTS calendar_outbox (
    appointment_id VARCHAR(64) PRIMARY KEY,
    start_at BIGINT,
    end_at BIGINT,
    summary VARCHAR(255),
    description VARCHAR(1000),
    version BIGINT NOT NULL,
    failed INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    due_at BIGINT NOT NULL,
    last_error VARCHAR(1000));
