-- The office adviser's bounded lists: the office's newest conferences, and those in progress by age.
CREATE INDEX conference_office_requested ON conference (office, requested_at DESC, id DESC);
CREATE INDEX conference_office_status_requested ON conference (office, status, requested_at, id);
-- superseded by the index above, which starts with the same columns
DROP INDEX conference_office;
