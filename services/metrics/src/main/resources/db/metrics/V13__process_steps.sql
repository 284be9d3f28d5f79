-- Process indicators (issue 6): the business time (occurredAt) of each step of a case's conferences and handovers,
-- by case key and arm; never an employee, never a national id. Filled from the step events in any order.
CREATE TABLE process_conference (
    conference_id           UUID PRIMARY KEY,
    case_key                TEXT NOT NULL,
    arm                     TEXT NOT NULL,
    requested_at            TIMESTAMPTZ,
    created_at              TIMESTAMPTZ,
    scheduled_at            TIMESTAMPTZ,
    held_at                 TIMESTAMPTZ,
    cancelled_at            TIMESTAMPTZ,
    advice_at               TIMESTAMPTZ,
    assessed_at             TIMESTAMPTZ,
    outcome_at              TIMESTAMPTZ,
    -- each role's latest answer to the meeting time; frozen into present_* when the conference is held
    answer_nav_office       TEXT,
    answer_benefits_unit    TEXT,
    answer_medical_adviser  TEXT,
    present_nav_office      BOOLEAN,
    present_benefits_unit   BOOLEAN,
    present_medical_adviser BOOLEAN
);
CREATE INDEX process_conference_case ON process_conference (case_key);

CREATE TABLE process_handover (
    handover_id      UUID PRIMARY KEY,
    conference_id    UUID NOT NULL,
    case_key         TEXT NOT NULL,
    arm              TEXT NOT NULL,
    created_at       TIMESTAMPTZ,
    claimed_at       TIMESTAMPTZ,
    acknowledged_at  TIMESTAMPTZ,
    returned_at      TIMESTAMPTZ,
    -- Norwegian working days from receipt to acknowledgement (WorkingDays), computed when both are known
    ack_working_days INTEGER
);

-- Dead letters of every internal consumer, by reason; no payload is kept.
CREATE TABLE process_dead_letter (
    event_id    UUID PRIMARY KEY,
    consumer    TEXT,
    reason      TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
