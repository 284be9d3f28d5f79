-- A cancelled conference and a new request after it (docs/PILOT.md, "Cancelled conferences"): which request the
-- case is on, when it was made, when its conference was settled (held or cancelled) and when a new one is due.
ALTER TABLE pilot_case
    ADD COLUMN conference_attempt          INT NOT NULL DEFAULT 1,
    ADD COLUMN conference_requested_at     TIMESTAMPTZ,
    ADD COLUMN conference_settled_at       TIMESTAMPTZ,
    ADD COLUMN conference_rerequest_due_at TIMESTAMPTZ;
UPDATE pilot_case SET conference_requested_at = entered_at WHERE conference_id IS NOT NULL;
UPDATE pilot_case p SET conference_settled_at = (SELECT min(t.occurred_at) FROM case_timeline t
    WHERE t.case_key = p.case_key AND t.step = 'CONFERENCE_HELD' AND t.applied);
CREATE INDEX pilot_case_rerequest ON pilot_case (conference_rerequest_due_at)
    WHERE conference_rerequest_due_at IS NOT NULL;
