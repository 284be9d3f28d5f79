-- Running counts per arm, one row per (arm, measure). Updated once per event (the inbox sees to that).
CREATE TABLE arm_count (
    arm     TEXT   NOT NULL,
    measure TEXT   NOT NULL,
    count   BIGINT NOT NULL,
    PRIMARY KEY (arm, measure)
);
