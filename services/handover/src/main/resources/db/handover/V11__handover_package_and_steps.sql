-- The handover package carries next steps, the medical adviser's advice and the § 12-5 assessment where recorded.
ALTER TABLE handover ADD COLUMN next_steps TEXT;
ALTER TABLE handover ADD COLUMN advice JSONB;
ALTER TABLE handover ADD COLUMN measures_assessment JSONB;
-- The benefits unit's steps: one caseworker claims it, acknowledges it or returns it to the office with a reason.
ALTER TABLE handover ADD COLUMN claimed_by TEXT;
ALTER TABLE handover ADD COLUMN acknowledged_at TIMESTAMPTZ;
ALTER TABLE handover ADD COLUMN returned_at TIMESTAMPTZ;
ALTER TABLE handover ADD COLUMN return_reason TEXT;
-- The outcome's place in the case's chain of events, which the steps' events continue.
ALTER TABLE handover ADD COLUMN correlation_id UUID;
ALTER TABLE handover ADD COLUMN outcome_event_id UUID;
CREATE INDEX handover_office ON handover (office, status);
