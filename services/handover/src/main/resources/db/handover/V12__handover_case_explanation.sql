-- Why the case is in the pilot and got a conference, as the coordinator explained it; part of the package.
ALTER TABLE handover ADD COLUMN case_explanation TEXT;
