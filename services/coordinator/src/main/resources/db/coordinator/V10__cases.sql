-- Milestones of every case the coordinator has seen, by case key (no national id here).
CREATE TABLE case_milestone (
    event_id      UUID PRIMARY KEY,
    case_key      TEXT        NOT NULL,
    milestone     TEXT        NOT NULL,
    source_system TEXT        NOT NULL,
    office        TEXT        NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    details       JSONB       NOT NULL
);
CREATE INDEX case_milestone_case ON case_milestone (case_key, occurred_at);

-- Cases in the pilot cohort: entered once, arm assigned once, never changed.
CREATE TABLE pilot_case (
    case_key           TEXT PRIMARY KEY,
    national_id        TEXT        NOT NULL,
    office             TEXT        NOT NULL,
    source_benefit     TEXT        NOT NULL,
    index_date         DATE        NOT NULL,
    entered_at         TIMESTAMPTZ NOT NULL,
    rule_id            TEXT        NOT NULL,
    rule_version       INT         NOT NULL,
    facts              JSONB       NOT NULL,
    explanation        TEXT        NOT NULL,
    stratum            TEXT        NOT NULL,
    arm                TEXT        NOT NULL,
    pilot              BOOLEAN     NOT NULL,
    measures_authority TEXT,
    method             TEXT        NOT NULL,
    method_version     INT         NOT NULL,
    state              TEXT        NOT NULL,
    conference_id      UUID
);
CREATE INDEX pilot_case_arm ON pilot_case (arm, state);
