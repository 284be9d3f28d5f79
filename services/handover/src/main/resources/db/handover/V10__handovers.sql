-- Handover packages routed to benefits units (NAV Arbeid og ytelser).
CREATE TABLE handover (
    id                UUID PRIMARY KEY,
    conference_id     UUID        NOT NULL UNIQUE,
    case_key          TEXT        NOT NULL,
    office            TEXT        NOT NULL,
    benefits_unit     TEXT        NOT NULL,
    arm               TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    agreed_plan       TEXT        NOT NULL,
    claim_recommended BOOLEAN     NOT NULL,
    documents_needed  JSONB       NOT NULL,
    follow_up_date    DATE,
    received_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX handover_unit ON handover (benefits_unit, status, received_at);
