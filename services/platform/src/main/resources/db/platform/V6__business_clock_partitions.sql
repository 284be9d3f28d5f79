-- Business time per topic-partition (docs/PILOT.md, "Business time"): how far each partition has been read, the
-- latest occurredAt read from it and its end offset when last seen. Business time (business_clock) is the low
-- watermark over the partitions that still have unread records, or the latest time read when none has.
CREATE TABLE business_clock_partition (
    topic      TEXT        NOT NULL,
    partition  INT         NOT NULL,
    watermark  TIMESTAMPTZ,
    read_to    BIGINT      NOT NULL,
    end_offset BIGINT      NOT NULL,
    PRIMARY KEY (topic, partition)
);
