-- Shared tables every service has in its own schema. Versions 1-9 are reserved for the platform;
-- a service's own migrations start at V10.

-- Transactional outbox: written in the same transaction as the state change, published after commit, deleted
-- once Kafka has acknowledged. Ordered by id so a case's events leave in the order they were written.
CREATE TABLE outbox (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL,
    topic       TEXT        NOT NULL,
    record_key  TEXT,
    event_type  TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (event_id, topic)
);

-- Idempotent consumption: an event id is processed at most once per service.
CREATE TABLE inbox (
    event_id     UUID PRIMARY KEY,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Business time: the latest occurredAt this service has processed. Timers run on this, never on the wall clock.
CREATE TABLE business_clock (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    watermark TIMESTAMPTZ NOT NULL
);
INSERT INTO business_clock (id, watermark) VALUES (1, '1900-01-01T00:00:00Z');

-- Audit of every access to a person's data, permitted or denied. Append-only.
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    logged_at   TIMESTAMPTZ NOT NULL,
    nav_ident   TEXT        NOT NULL,
    roles       TEXT        NOT NULL,
    case_key    TEXT,
    national_id TEXT,
    action      TEXT        NOT NULL,
    resource    TEXT        NOT NULL,
    decision    TEXT        NOT NULL CHECK (decision IN ('PERMIT', 'DENY')),
    rule        TEXT        NOT NULL
);
CREATE INDEX audit_log_case_key ON audit_log (case_key);
CREATE INDEX audit_log_nav_ident ON audit_log (nav_ident, logged_at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
