-- The intake's dead letters, as read back from overgang.milestone.dlq.v1, for administrators: what was refused,
-- why, the original bytes (to re-drive once the source has fixed the cause) and whether it was re-driven.
CREATE TABLE dead_letter (
    event_id         UUID PRIMARY KEY,
    recorded_at      TIMESTAMPTZ NOT NULL,
    consumer         TEXT        NOT NULL,
    source_topic     TEXT        NOT NULL,
    source_partition INTEGER,
    source_offset    BIGINT,
    reason           TEXT        NOT NULL,
    detail           TEXT,
    original_payload TEXT        NOT NULL,
    encoding         TEXT        NOT NULL CHECK (encoding IN ('utf-8', 'base64')),
    redriven_at      TIMESTAMPTZ,
    redriven_by      TEXT
);
CREATE INDEX dead_letter_open ON dead_letter (reason, recorded_at) WHERE redriven_at IS NULL;
