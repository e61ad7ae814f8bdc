-- What Twilio bills, filled by the usage projection from the event store: one row per billed item, dated (epoch
-- milliseconds) when it began. kind 'voice' is a call, its units the minutes billed; texts can be another kind.
CREATE TABLE billed_usage (
    item_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    at BIGINT NOT NULL,
    units BIGINT NOT NULL,
    PRIMARY KEY (item_id, kind));

CREATE INDEX billed_usage_at ON billed_usage (at);
