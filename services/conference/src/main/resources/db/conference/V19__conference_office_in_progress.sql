-- The office adviser's conferences in progress, oldest request first, read one office at a time with a LIMIT
-- (ConferenceRepository.inProgressForOffices): the partial index holds only the conferences in progress, in the
-- list's order, so the page reads its 201 rows and no more however large the office's backlog is. The index it
-- replaces had the status before the time, so a list of several statuses sorted every open conference of the office.
CREATE INDEX conference_office_in_progress ON conference (office, requested_at, id)
    WHERE status IN ('REQUESTED', 'SCHEDULED', 'RESCHEDULED', 'HELD');
-- superseded by the index above; no other query reads by office and status
DROP INDEX conference_office_status_requested;
-- The medical adviser's open invitations, oldest request first (ConferenceRepository.inProgressInviting): the
-- conferences in progress in that order, each checked for the pool's invitation, until the page is full.
CREATE INDEX conference_in_progress_requested ON conference (requested_at, id)
    WHERE status IN ('REQUESTED', 'SCHEDULED', 'RESCHEDULED', 'HELD');
