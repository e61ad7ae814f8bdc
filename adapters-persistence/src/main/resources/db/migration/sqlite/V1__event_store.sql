-- Axon's event store and token tables, as every Bella before these migrations created them (hence IF NOT EXISTS).
-- The global index must be INTEGER PRIMARY KEY AUTOINCREMENT inline: SQLite auto-increments no table-level key,
-- and AUTOINCREMENT never reuses the index of a deleted row, which tracking tokens rely on. The unique key on
-- (aggregateIdentifier, sequenceNumber) turns a second booking of one slot into a concurrency failure.
CREATE TABLE IF NOT EXISTS DomainEventEntry (
    globalIndex INTEGER PRIMARY KEY AUTOINCREMENT,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber BIGINT NOT NULL,
    type VARCHAR(255),
    eventIdentifier VARCHAR(255) NOT NULL,
    metaData BLOB,
    payload BLOB NOT NULL,
    payloadRevision VARCHAR(255),
    payloadType VARCHAR(255) NOT NULL,
    timeStamp VARCHAR(255) NOT NULL,
    UNIQUE (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier));

-- a tracking token created at a moment looks events up by time
CREATE INDEX IF NOT EXISTS DomainEventEntry_timestamp ON DomainEventEntry (timeStamp);

CREATE TABLE IF NOT EXISTS SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber BIGINT NOT NULL,
    type VARCHAR(255) NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL,
    metaData BLOB,
    payload BLOB NOT NULL,
    payloadRevision VARCHAR(255),
    payloadType VARCHAR(255) NOT NULL,
    timeStamp VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier));

CREATE TABLE IF NOT EXISTS TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment INTEGER NOT NULL,
    token BLOB NULL,
    tokenType VARCHAR(255) NULL,
    timestamp VARCHAR(255) NULL,
    owner VARCHAR(255) NULL,
    PRIMARY KEY (processorName, segment));
