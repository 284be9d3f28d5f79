-- The case's history as the conference page and the handover package show it: the canonical milestones and the
-- coordinator's explained steps, by case key and never with a national id. The service stores them for every case
-- key it sees until the coordinator assigns the case an arm; a case assigned a non-pilot arm gets no conference, so
-- its history is deleted and its later milestones are not kept (non_pilot_case).
CREATE TABLE case_history (
    event_id    UUID PRIMARY KEY,
    case_key    TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    event_type  TEXT        NOT NULL,
    milestone   TEXT,
    source      TEXT,
    details     JSONB,
    explanation TEXT
);
CREATE INDEX case_history_case ON case_history (case_key, occurred_at);

CREATE TABLE non_pilot_case (
    case_key TEXT PRIMARY KEY
);
