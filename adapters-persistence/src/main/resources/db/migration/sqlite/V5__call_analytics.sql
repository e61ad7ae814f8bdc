-- Read models of the calls, filled by their projections from the event store. Instants are epoch milliseconds;
-- days and hours are the business's, worked out when read, so a change of zone needs no rebuild.
CREATE TABLE call_summaries (
    call_sid VARCHAR(64) PRIMARY KEY,
    caller VARCHAR(32),
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    length_seconds BIGINT,
    turns INTEGER NOT NULL,
    outcome VARCHAR(16),
    reason VARCHAR(32),
    stage VARCHAR(32),
    bookings INTEGER NOT NULL,
    variant VARCHAR(64));

CREATE INDEX call_summaries_started ON call_summaries (started_at);

-- each funnel step a call reached, once, dated by the call's start
CREATE TABLE call_funnel (
    call_sid VARCHAR(64) NOT NULL,
    step VARCHAR(32) NOT NULL,
    started_at BIGINT NOT NULL,
    PRIMARY KEY (call_sid, step));

CREATE INDEX call_funnel_started ON call_funnel (started_at);
