-- Meeting times each invited role has declared it can attend; slot proposals are the times all three share.
CREATE TABLE participant_availability (
    conference_id UUID        NOT NULL REFERENCES conference (id),
    role          TEXT        NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (conference_id, role, starts_at)
);
