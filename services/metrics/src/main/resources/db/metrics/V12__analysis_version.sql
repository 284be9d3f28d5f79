-- The version of the analysis dataset: raised by every transaction that changes analysis_case, so that a cache of
-- the dataset or of analyses of it (the evaluators' dashboard) knows when it is out of date.
CREATE TABLE analysis_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO analysis_version (id, version) VALUES (1, 0);
