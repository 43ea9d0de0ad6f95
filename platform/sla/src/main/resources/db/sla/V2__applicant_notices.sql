-- Applicants are told when a calendar change moves their deadlines: rung DEADLINE_MOVED, recipient APPLICANT.
ALTER TABLE sla_notification ALTER COLUMN rung SET DATA TYPE VARCHAR(20);
