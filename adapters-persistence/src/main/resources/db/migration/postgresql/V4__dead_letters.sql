-- Events a projection failed on, parked in order per aggregate for the owner to see and retry: the columns of
-- Axon's JdbcSequencedDeadLetterQueue (its default DeadLetterSchema). The unique key also serves its look-ups by
-- processing group and by sequence.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL PRIMARY KEY,
    processingGroup VARCHAR(255) NOT NULL,
    sequenceIdentifier VARCHAR(255) NOT NULL,
    sequenceIndex BIGINT NOT NULL,
    messageType VARCHAR(255) NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL,
    timestamp VARCHAR(255) NOT NULL,
    payloadType VARCHAR(255) NOT NULL,
    payloadRevision VARCHAR(255),
    payload BYTEA NOT NULL,
    metaData BYTEA,
    type VARCHAR(255),
    aggregateIdentifier VARCHAR(255),
    sequenceNumber BIGINT,
    tokenType VARCHAR(255),
    token BYTEA,
    enqueuedAt VARCHAR(255) NOT NULL,
    lastTouched VARCHAR(255),
    processingStarted VARCHAR(255),
    causeType VARCHAR(255),
    causeMessage TEXT,
    diagnostics BYTEA,
    UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex));
