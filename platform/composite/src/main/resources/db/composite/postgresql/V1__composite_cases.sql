-- PostgreSQL's form of V1: TEXT where Derby has CLOB (the same JDBC getString/setString on both).
CREATE TABLE composite_case (
    id BIGINT NOT NULL PRIMARY KEY,
    case_number VARCHAR(20) NOT NULL UNIQUE,
    composite_code VARCHAR(64) NOT NULL,
    composite_name VARCHAR(200) NOT NULL,
    bundle_version VARCHAR(64) NOT NULL,
    applicant VARCHAR(18) NOT NULL,
    applicant_name VARCHAR(200) NOT NULL,
    agent VARCHAR(18),
    channel VARCHAR(10) NOT NULL,
    window_code VARCHAR(20),
    access_code VARCHAR(12) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    submitted_by VARCHAR(120) NOT NULL,
    accepted_on DATE NOT NULL,
    promised_deadline DATE NOT NULL,
    legal_deadline DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    visits INT NOT NULL,
    form_json TEXT NOT NULL,
    materials_json TEXT NOT NULL,
    profile_json TEXT,
    decision_reason VARCHAR(1000),
    approved_on DATE,
    closed_at TIMESTAMP,
    version INT NOT NULL
);
CREATE INDEX composite_case_status ON composite_case (status, id);
CREATE INDEX composite_case_applicant ON composite_case (applicant);
CREATE TABLE composite_step (
    case_id BIGINT NOT NULL,
    step_id VARCHAR(40) NOT NULL,
    seq INT NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    department VARCHAR(32) NOT NULL,
    depends_on VARCHAR(400) NOT NULL,
    promised_days INT NOT NULL,
    legal_days INT NOT NULL,
    step_json TEXT NOT NULL,
    status VARCHAR(10) NOT NULL,
    sub_case VARCHAR(20),
    message VARCHAR(1000),
    started_on DATE,
    done_on DATE,
    PRIMARY KEY (case_id, step_id)
);
CREATE INDEX composite_step_sub ON composite_step (sub_case);
CREATE INDEX composite_step_status ON composite_step (status, department);
CREATE TABLE composite_idempotency (
    principal VARCHAR(120) NOT NULL,
    idem_key VARCHAR(128) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    case_number VARCHAR(20) NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
