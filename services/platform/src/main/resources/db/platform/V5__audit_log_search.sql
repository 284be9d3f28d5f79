-- The auditor searches by person (case key or national id), by employee and by period.
CREATE INDEX audit_log_national_id ON audit_log (national_id) WHERE national_id IS NOT NULL;
CREATE INDEX audit_log_logged_at ON audit_log (logged_at);
