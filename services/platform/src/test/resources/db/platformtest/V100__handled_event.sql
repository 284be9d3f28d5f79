-- What the test service's event handler did: one row per call, so a second effect of one event shows as a second row.
CREATE TABLE handled_event (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL,
    case_key    TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
