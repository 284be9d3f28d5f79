-- The JSON list of a user's conferences reads each role's part newest first: by benefits unit as by office
-- (conference_office_requested), and by medical adviser pool through the invitations.
CREATE INDEX conference_unit_requested ON conference (benefits_unit, requested_at DESC, id DESC);
-- superseded by the index above, which starts with the same column
DROP INDEX conference_benefits_unit;
