-- The source watermark the intake last announced on overgang.milestone.v1 (docs/PILOT.md, "Ordering and the source
-- watermark"): milestones before it are complete. A marker is written only when it moves forward.
CREATE TABLE source_watermark (
    id              SMALLINT    PRIMARY KEY CHECK (id = 1),
    complete_before TIMESTAMPTZ NOT NULL
);
INSERT INTO source_watermark (id, complete_before) VALUES (1, '-infinity');
