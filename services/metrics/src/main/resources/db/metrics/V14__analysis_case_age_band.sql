-- The age band on the index date (CaseEnteredCohort.ageBand, e.g. FROM_40_TO_49); null when unknown. Never a date of
-- birth or a national id: the coordinator computes the band and sends only the band.
ALTER TABLE analysis_case ADD COLUMN age_band TEXT;
