-- The outcome continues the case's chain of events: keep the request's correlation id and event id.
ALTER TABLE conference ADD COLUMN correlation_id UUID;
ALTER TABLE conference ADD COLUMN request_event_id UUID;
