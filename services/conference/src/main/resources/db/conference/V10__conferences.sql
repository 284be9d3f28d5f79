CREATE TABLE conference (
    id                 UUID PRIMARY KEY,
    case_key           TEXT        NOT NULL,
    national_id        TEXT        NOT NULL,
    office             TEXT        NOT NULL,
    benefits_unit      TEXT        NOT NULL,
    arm                TEXT        NOT NULL,
    measures_authority TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    explanation        TEXT        NOT NULL,
    agreed_plan        TEXT,
    claim_recommended  BOOLEAN,
    documents_needed   JSONB,
    follow_up_date     DATE
);
CREATE INDEX conference_office ON conference (office, status);

CREATE TABLE conference_invitation (
    conference_id UUID NOT NULL REFERENCES conference (id),
    role          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    answer        TEXT NOT NULL,
    PRIMARY KEY (conference_id, role)
);
