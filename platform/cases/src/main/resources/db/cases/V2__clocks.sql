-- The two clocks and their escalation rungs (阳光办): the scanner looks only at next_rung_on.
ALTER TABLE hall_case ADD COLUMN yellow_on DATE;
ALTER TABLE hall_case ADD COLUMN sla_rung INT DEFAULT 0 NOT NULL;
ALTER TABLE hall_case ADD COLUMN next_rung_on DATE;
ALTER TABLE hall_case ADD COLUMN paused_since DATE;
ALTER TABLE hall_case ADD COLUMN paused_days INT DEFAULT 0 NOT NULL;
ALTER TABLE hall_case ADD COLUMN extension_days INT DEFAULT 0 NOT NULL;
ALTER TABLE hall_case ADD COLUMN decided_on DATE;
ALTER TABLE hall_case ADD COLUMN elapsed_days INT;
ALTER TABLE hall_case ADD COLUMN closed_on DATE;
CREATE INDEX hall_case_next_rung ON hall_case (next_rung_on);
CREATE INDEX hall_case_decided ON hall_case (decided_on);
CREATE INDEX hall_case_deadline ON hall_case (department, promised_deadline);
