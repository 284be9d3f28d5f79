-- The inbox and the returned list are read a page at a time, by keyset: the unit's handovers by time received
-- (whatever their status), and the office's returned ones last returned first, ties broken by id in the same order.
CREATE INDEX handover_unit_received ON handover (benefits_unit, received_at, id);
CREATE INDEX handover_office_returned_page ON handover (office, status, returned_at DESC, id DESC);
-- superseded by the index above (same columns, id in the keyset's order)
DROP INDEX handover_office_returned;
