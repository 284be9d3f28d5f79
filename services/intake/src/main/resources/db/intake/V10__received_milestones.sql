-- Every submission the intake has accepted, by the source's own event id: the same id twice is one milestone,
-- the same id with other content is a conflict. The national id is not stored here; the content hash covers it.
CREATE TABLE received_milestone (
    source          TEXT        NOT NULL,
    source_event_id TEXT        NOT NULL,
    content_hash    TEXT        NOT NULL,
    event_id        UUID        NOT NULL UNIQUE,
    milestone       TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, source_event_id)
);
