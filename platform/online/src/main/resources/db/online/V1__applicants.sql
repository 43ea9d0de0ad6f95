-- Applicant accounts of the online hall, keyed by the person's resident ID number. level is
-- REGISTERED (phone proven by a code) or VERIFIED (identity checked: verified_how/by/at).
-- phone is bound at the first login (or by a clerk's verification); revoked_at is the last time
-- every session was revoked (hall:applicant-revoke).
CREATE TABLE online_account (
  person VARCHAR(18) NOT NULL PRIMARY KEY,
  phone VARCHAR(11),
  level VARCHAR(10) NOT NULL,
  verified_how VARCHAR(40),
  verified_by VARCHAR(80),
  verified_at TIMESTAMP,
  created_at TIMESTAMP NOT NULL,
  last_login TIMESTAMP,
  revoked_at TIMESTAMP
);
-- One-time login codes, stored only as HMAC-SHA256 under the install's key (online_secret).
-- The rows are also the counters of the code limits (per phone a minute and a day, per address an
-- hour): every node counts the same rows.
CREATE TABLE online_code (
  id BIGINT NOT NULL PRIMARY KEY,
  phone VARCHAR(11) NOT NULL,
  person VARCHAR(18) NOT NULL,
  address VARCHAR(64) NOT NULL,
  code_hash VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  tries INT NOT NULL,
  ended SMALLINT NOT NULL
);
CREATE INDEX online_code_phone ON online_code (phone, created_at);
CREATE INDEX online_code_address ON online_code (address, created_at);
-- Sessions: only the SHA-256 of the token is kept.
CREATE TABLE online_session (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  person VARCHAR(18) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP
);
CREATE INDEX online_session_person ON online_session (person);
-- The install's secret for code hashes, drawn once by the first node that starts.
CREATE TABLE online_secret (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  secret VARCHAR(64) NOT NULL
);
-- What an online application adds to its case: who filed it, the delivery chosen, the pre-review's due date.
CREATE TABLE online_case (
  case_number VARCHAR(32) NOT NULL PRIMARY KEY,
  person VARCHAR(18) NOT NULL,
  applicant VARCHAR(18) NOT NULL,
  delivery VARCHAR(10) NOT NULL,
  recipient VARCHAR(60),
  recipient_phone VARCHAR(11),
  address VARCHAR(300),
  pre_review_due DATE,
  tracking_number VARCHAR(40),
  posted_at TIMESTAMP
);
CREATE INDEX online_case_person ON online_case (person);
-- Messages sent to applicants about their cases (login codes are not kept).
CREATE TABLE online_message (
  id BIGINT NOT NULL PRIMARY KEY,
  person VARCHAR(18) NOT NULL,
  case_number VARCHAR(32),
  text VARCHAR(500) NOT NULL,
  sent_at TIMESTAMP NOT NULL
);
CREATE INDEX online_message_person ON online_message (person, sent_at);
