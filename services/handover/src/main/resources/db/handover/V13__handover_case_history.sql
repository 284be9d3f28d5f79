-- The case's history (milestones and the coordinator's explanations), oldest first; part of the package. No national id.
ALTER TABLE handover ADD COLUMN case_history JSONB;
