-- Scheduling: the meeting proposed or agreed, answers to it, cancellation; the outcome's next steps.
ALTER TABLE conference ADD COLUMN starts_at TIMESTAMPTZ;
ALTER TABLE conference ADD COLUMN place TEXT;
ALTER TABLE conference ADD COLUMN video_link TEXT;
ALTER TABLE conference ADD COLUMN cancellation_reason TEXT;
ALTER TABLE conference ADD COLUMN next_steps TEXT;
CREATE INDEX conference_benefits_unit ON conference (benefits_unit, status);

ALTER TABLE conference_invitation ADD COLUMN proposed_starts_at TIMESTAMPTZ;
ALTER TABLE conference_invitation ADD COLUMN answered_by TEXT;
CREATE INDEX conference_invitation_unit ON conference_invitation (unit, role);

-- The medical adviser's advice: advice, never a decision. One per conference; revised until the outcome.
CREATE TABLE conference_advice (
    conference_id         UUID PRIMARY KEY REFERENCES conference (id),
    functional_assessment TEXT        NOT NULL,
    treatment_status      TEXT        NOT NULL,
    recommendation        TEXT        NOT NULL,
    recorded_by           TEXT        NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL
);

-- The § 12-5 assessment (tiltaksvilkår), by the role with that authority in the case's pilot variant.
CREATE TABLE measures_assessment (
    conference_id UUID PRIMARY KEY REFERENCES conference (id),
    result        TEXT        NOT NULL,
    reasoning     TEXT        NOT NULL,
    assessed_by   TEXT        NOT NULL,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
