-- The full case lifecycle: how a case ended (with the rule, facts and explanation, like its entry), the business-time
-- timers, every transition and every refused one, the rule versions in use and the permuted-block positions.
ALTER TABLE pilot_case
    ADD COLUMN entry_event_id    UUID,
    ADD COLUMN allocation_index  INT,
    ADD COLUMN end_kind          TEXT,
    ADD COLUMN ended_at          TIMESTAMPTZ,
    ADD COLUMN end_rule_id       TEXT,
    ADD COLUMN end_rule_version  INT,
    ADD COLUMN end_facts         JSONB,
    ADD COLUMN end_explanation   TEXT,
    ADD COLUMN escalation_due_at TIMESTAMPTZ,
    ADD COLUMN escalated_at      TIMESTAMPTZ;
CREATE INDEX pilot_case_escalation ON pilot_case (escalation_due_at) WHERE escalated_at IS NULL;
CREATE INDEX pilot_case_stratum ON pilot_case (stratum, arm);

-- One row per thing that happened to a case in the cohort, applied or refused, with its explanation.
CREATE TABLE case_timeline (
    id             BIGSERIAL PRIMARY KEY,
    case_key       TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    step           TEXT        NOT NULL,
    applied        BOOLEAN     NOT NULL,
    state_after    TEXT        NOT NULL,
    rule_id        TEXT,
    rule_version   INT,
    facts          JSONB       NOT NULL,
    explanation    TEXT        NOT NULL,
    cause_event_id UUID
);
CREATE INDEX case_timeline_case ON case_timeline (case_key, occurred_at, id);

-- The settings behind each rule version: a version's settings never change once a case was judged by them.
CREATE TABLE rule_version (
    version  INT PRIMARY KEY,
    settings TEXT NOT NULL
);

-- Stratified permuted blocks: how many cases each stratum has allocated so far.
CREATE TABLE stratum_allocation (
    stratum   TEXT PRIMARY KEY,
    allocated INT NOT NULL
);

-- Conference events that arrived before the case entered the cohort (topics are read independently, so a replay can
-- read the conference topic ahead of the milestones); applied in business-time order when the case enters.
CREATE TABLE early_conference_event (
    event_id       UUID PRIMARY KEY,
    case_key       TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    correlation_id UUID        NOT NULL,
    step           TEXT        NOT NULL,
    conference_id  UUID        NOT NULL,
    facts          JSONB       NOT NULL,
    explanation    TEXT        NOT NULL
);
CREATE INDEX early_conference_event_case ON early_conference_event (case_key);
