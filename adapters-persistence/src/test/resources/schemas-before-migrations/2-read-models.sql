-- The tables Bella created at commit 364ea25 (the first read models), as SQLite stored them.
CREATE TABLE DomainEventEntry (globalIndex INTEGER PRIMARY KEY AUTOINCREMENT, aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL, metaData BLOB, payload BLOB NOT NULL, payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL, UNIQUE (aggregateIdentifier, sequenceNumber), UNIQUE (eventIdentifier));
CREATE INDEX DomainEventEntry_timestamp ON DomainEventEntry (timeStamp);
CREATE TABLE SnapshotEventEntry (aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, type VARCHAR(255) NOT NULL, eventIdentifier VARCHAR(255) NOT NULL, metaData BLOB, payload BLOB NOT NULL, payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL, PRIMARY KEY (aggregateIdentifier, sequenceNumber), UNIQUE (eventIdentifier));
CREATE TABLE TokenEntry (processorName VARCHAR(255) NOT NULL, segment INTEGER NOT NULL, token BLOB NULL, tokenType VARCHAR(255) NULL, timestamp VARCHAR(255) NULL, owner VARCHAR(255) NULL, PRIMARY KEY (processorName, segment));
CREATE TABLE appointments (id VARCHAR(64) PRIMARY KEY, start_at BIGINT NOT NULL, end_at BIGINT NOT NULL, name VARCHAR(255), phone VARCHAR(32), status VARCHAR(32) NOT NULL, call_sid VARCHAR(64));
CREATE INDEX appointments_start ON appointments (start_at);
CREATE TABLE customers (phone VARCHAR(32) PRIMARY KEY, name VARCHAR(255) NOT NULL);
