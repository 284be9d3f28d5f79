-- Availability is declared as windows (from starts_at until ends_at); a meeting of the configured length must fit.
-- Times declared before windows existed become windows of one hour, the default meeting length.
ALTER TABLE participant_availability ADD COLUMN ends_at TIMESTAMPTZ;
UPDATE participant_availability SET ends_at = starts_at + INTERVAL '1 hour';
ALTER TABLE participant_availability ALTER COLUMN ends_at SET NOT NULL;
ALTER TABLE participant_availability ADD CHECK (ends_at > starts_at);
