-- The analysis dataset: one row per case in the cohort, pseudonymous (case key only). Filled from the case events
-- in any order: entry (index date, strata), arm, and the first end (clarified, competing event, censored).
CREATE TABLE analysis_case (
    case_key       TEXT PRIMARY KEY,
    arm            TEXT,
    pilot          BOOLEAN,
    source_benefit TEXT,
    office         TEXT,
    stratum        TEXT,
    index_date     DATE,
    end_date       DATE,
    end_type       TEXT CHECK (end_type IN ('CLARIFIED', 'COMPETING_EVENT', 'CENSORED')),
    end_detail     TEXT,
    CHECK ((end_date IS NULL) = (end_type IS NULL))
);
