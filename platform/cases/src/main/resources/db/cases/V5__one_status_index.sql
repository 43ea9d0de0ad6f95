-- Lists by status, with or without departments, read one index on (status, department) instead of
-- two (department, status) and (status); lists by department alone read (department,
-- promised_deadline). Every change of a case's status now moves one index entry, not two.
DROP INDEX hall_case_department;
DROP INDEX hall_case_status;
CREATE INDEX hall_case_status_department ON hall_case (status, department);
