-- Cases (办件). "case" is a reserved word, hence hall_case.
CREATE TABLE hall_case (
  id BIGINT NOT NULL PRIMARY KEY,
  case_number VARCHAR(32) NOT NULL UNIQUE,
  item_code VARCHAR(64) NOT NULL,
  item_name VARCHAR(200) NOT NULL,
  item_version VARCHAR(64) NOT NULL,
  item_snapshot VARCHAR(16000) NOT NULL,
  department VARCHAR(20) NOT NULL,
  department_name VARCHAR(100) NOT NULL,
  applicant VARCHAR(18) NOT NULL,
  applicant_kind CHAR(1) NOT NULL,
  applicant_name VARCHAR(200) NOT NULL,
  agent VARCHAR(18),
  status VARCHAR(30) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  window_code VARCHAR(40),
  access_code VARCHAR(16) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  submitted_by VARCHAR(64) NOT NULL,
  accepted_at TIMESTAMP,
  accepted_on DATE,
  limit_unit VARCHAR(20) NOT NULL,
  promised_days INT NOT NULL,
  legal_days INT NOT NULL,
  promised_deadline DATE,
  legal_deadline DATE,
  calendar_version INT NOT NULL,
  visits INT NOT NULL,
  max_visits INT NOT NULL,
  form_json VARCHAR(16000) NOT NULL,
  findings_json VARCHAR(8000) NOT NULL,
  decision_reason VARCHAR(1000),
  decided_by VARCHAR(64),
  decided_at TIMESTAMP,
  closed_at TIMESTAMP,
  version INT NOT NULL
);
CREATE INDEX hall_case_department ON hall_case (department, status);
CREATE INDEX hall_case_applicant ON hall_case (applicant);
CREATE INDEX hall_case_status ON hall_case (status);

CREATE TABLE case_material (
  case_id BIGINT NOT NULL,
  code VARCHAR(60) NOT NULL,
  vault_id BIGINT,
  title VARCHAR(200) NOT NULL,
  valid_until DATE,
  from_vault BOOLEAN NOT NULL,
  presented BOOLEAN NOT NULL,
  PRIMARY KEY (case_id, code)
);

-- The clock pause ledger: supplement requests during review and special procedures.
CREATE TABLE case_pause (
  case_id BIGINT NOT NULL,
  seq INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  started_on DATE NOT NULL,
  ended_at TIMESTAMP,
  ended_on DATE,
  working_days INT NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  started_by VARCHAR(64) NOT NULL,
  ended_by VARCHAR(64),
  PRIMARY KEY (case_id, seq)
);

-- Idempotency keys: a retried submission returns the first case.
CREATE TABLE case_idempotency (
  principal VARCHAR(64) NOT NULL,
  idem_key VARCHAR(128) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  case_number VARCHAR(32) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (principal, idem_key)
);

-- Documents a case issued (licences, certificates), kept in the holder's vault.
CREATE TABLE case_result (
  case_id BIGINT NOT NULL,
  vault_id BIGINT NOT NULL,
  PRIMARY KEY (case_id, vault_id)
);
