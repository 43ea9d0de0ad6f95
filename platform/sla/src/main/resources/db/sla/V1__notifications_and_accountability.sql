-- Deadline warnings, visible in the UI and API, and sent through the notifier services.
CREATE TABLE sla_notification (
  id BIGINT NOT NULL PRIMARY KEY,
  case_number VARCHAR(32) NOT NULL,
  department VARCHAR(20) NOT NULL,
  rung VARCHAR(10) NOT NULL,
  recipient VARCHAR(30) NOT NULL,
  message VARCHAR(1000) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX sla_notification_department ON sla_notification (department, id);

-- Accountability records (问责/倒查), one per case that passed its legal deadline.
CREATE TABLE sla_accountability (
  id BIGINT NOT NULL PRIMARY KEY,
  case_number VARCHAR(32) NOT NULL UNIQUE,
  department VARCHAR(20) NOT NULL,
  item_name VARCHAR(200) NOT NULL,
  opened_at TIMESTAMP NOT NULL,
  explanation VARCHAR(2000),
  explained_by VARCHAR(64),
  explained_at TIMESTAMP,
  closed_by VARCHAR(64),
  closed_at TIMESTAMP,
  status VARCHAR(12) NOT NULL
);
CREATE INDEX sla_accountability_status ON sla_accountability (status, department);
