-- An outbox row may name the partition it goes to: the intake's source-watermark markers go to every partition of
-- overgang.milestone.v1 (docs/PILOT.md). Without one, the record key chooses the partition, as before.
ALTER TABLE outbox ADD COLUMN partition INT;
