-- The coded cancellation reason (ConferenceCancelled v2); null for conferences cancelled before the code existed.
ALTER TABLE conference ADD COLUMN cancellation_code TEXT;
