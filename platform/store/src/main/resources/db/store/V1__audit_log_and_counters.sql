-- The hash-chained audit trail (阳光办): append-only; each record holds the previous record's hash.
CREATE TABLE audit_log (
  seq BIGINT NOT NULL PRIMARY KEY,
  recorded_at TIMESTAMP NOT NULL,
  subject_type VARCHAR(20) NOT NULL,
  subject VARCHAR(64) NOT NULL,
  action VARCHAR(40) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  channel VARCHAR(20),
  window_code VARCHAR(40),
  from_status VARCHAR(30),
  to_status VARCHAR(30),
  reason VARCHAR(1000),
  detail VARCHAR(4000),
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject, seq);

-- Named counters (case numbers …), advanced by the single writer and saved once per batch.
CREATE TABLE hall_counter (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  counter_value BIGINT NOT NULL
);
