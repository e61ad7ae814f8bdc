-- The tables Bella created at commit c80f42a (the booked service, the last before migrations), as SQLite stored them.
CREATE TABLE DomainEventEntry (globalIndex INTEGER PRIMARY KEY AUTOINCREMENT, aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL, metaData BLOB, payload BLOB NOT NULL, payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL, UNIQUE (aggregateIdentifier, sequenceNumber), UNIQUE (eventIdentifier));
CREATE INDEX DomainEventEntry_timestamp ON DomainEventEntry (timeStamp);
CREATE TABLE SnapshotEventEntry (aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, type VARCHAR(255) NOT NULL, eventIdentifier VARCHAR(255) NOT NULL, metaData BLOB, payload BLOB NOT NULL, payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL, PRIMARY KEY (aggregateIdentifier, sequenceNumber), UNIQUE (eventIdentifier));
CREATE TABLE TokenEntry (processorName VARCHAR(255) NOT NULL, segment INTEGER NOT NULL, token BLOB NULL, tokenType VARCHAR(255) NULL, timestamp VARCHAR(255) NULL, owner VARCHAR(255) NULL, PRIMARY KEY (processorName, segment));
CREATE TABLE appointments (id VARCHAR(64) PRIMARY KEY, start_at BIGINT NOT NULL, end_at BIGINT NOT NULL, name VARCHAR(255), phone VARCHAR(32), status VARCHAR(32) NOT NULL, call_sid VARCHAR(64), service VARCHAR(255));
CREATE INDEX appointments_start ON appointments (start_at);
CREATE TABLE customers (phone VARCHAR(32) PRIMARY KEY, name VARCHAR(255) NOT NULL);
CREATE INDEX appointments_phone ON appointments (phone, start_at);
CREATE TABLE calendar_outbox (appointment_id VARCHAR(64) PRIMARY KEY, start_at BIGINT, end_at BIGINT, summary VARCHAR(255), description VARCHAR(1000), version BIGINT NOT NULL, failed INTEGER NOT NULL, attempts INTEGER NOT NULL, due_at BIGINT NOT NULL, last_error VARCHAR(1000));
