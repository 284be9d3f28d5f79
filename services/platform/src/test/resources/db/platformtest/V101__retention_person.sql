-- Person-level rows for the retention job's test: a person with a national id, and notes about them.
CREATE TABLE test_person (
    case_key    TEXT PRIMARY KEY,
    national_id TEXT
);
CREATE TABLE test_person_note (
    id       BIGSERIAL PRIMARY KEY,
    case_key TEXT NOT NULL,
    note     TEXT NOT NULL
);
