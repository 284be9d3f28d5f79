-- Milestones wait as pending until the intake's source watermark passes them on their partition of
-- overgang.milestone.v1 (docs/PILOT.md, "Ordering and the source watermark"); then they are applied in business-time
-- order and marked applied in the same transaction. Only a pending row keeps what applying needs from the event
-- (the national id among it); applying clears it.
ALTER TABLE case_milestone
    ADD COLUMN pending             BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN milestone_partition INT,
    ADD COLUMN source_event_id     TEXT,
    ADD COLUMN national_id         TEXT,
    ADD COLUMN correlation_id      UUID;
CREATE INDEX case_milestone_pending ON case_milestone (milestone_partition, occurred_at) WHERE pending;

-- The latest watermark marker read on each partition of overgang.milestone.v1: milestones before it are complete.
CREATE TABLE milestone_watermark (
    partition       INT         PRIMARY KEY,
    complete_before TIMESTAMPTZ NOT NULL
);
