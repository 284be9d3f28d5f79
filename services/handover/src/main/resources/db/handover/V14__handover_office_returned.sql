-- The office's returned handovers, last returned first, read a page at a time without sorting them all.
CREATE INDEX handover_office_returned ON handover (office, status, returned_at DESC, id);
-- superseded by the index above, which starts with the same columns
DROP INDEX handover_office;
