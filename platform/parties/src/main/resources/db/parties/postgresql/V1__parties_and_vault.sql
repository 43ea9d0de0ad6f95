-- PostgreSQL's form of V1: BYTEA where Derby has BLOB(16M) (the same JDBC setBytes/getBytes on both; the
-- size limit is the vault's own, checked before the insert).
CREATE TABLE party (
  number VARCHAR(18) NOT NULL PRIMARY KEY,
  kind CHAR(1) NOT NULL,
  name VARCHAR(200) NOT NULL,
  fields VARCHAR(4000) NOT NULL,
  version INT NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  channel VARCHAR(20) NOT NULL
);
CREATE TABLE party_version (
  number VARCHAR(18) NOT NULL,
  version INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  fields VARCHAR(4000) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  changed_by VARCHAR(64) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  PRIMARY KEY (number, version)
);
CREATE TABLE party_agent (
  enterprise VARCHAR(18) NOT NULL,
  agent VARCHAR(18) NOT NULL,
  agent_role VARCHAR(40) NOT NULL,
  since TIMESTAMP NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (enterprise, agent)
);
CREATE TABLE credit_override (
  code VARCHAR(18) NOT NULL PRIMARY KEY,
  reason VARCHAR(500) NOT NULL,
  decided_by VARCHAR(64) NOT NULL,
  decided_at TIMESTAMP NOT NULL
);
CREATE TABLE vault_material (
  id BIGINT NOT NULL PRIMARY KEY,
  holder VARCHAR(18) NOT NULL,
  kind VARCHAR(60) NOT NULL,
  title VARCHAR(200) NOT NULL,
  issuer VARCHAR(200) NOT NULL,
  valid_until DATE,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content BYTEA NOT NULL,
  attributes VARCHAR(4000) NOT NULL,
  source_case VARCHAR(32),
  stored_at TIMESTAMP NOT NULL,
  stored_by VARCHAR(64) NOT NULL
);
CREATE INDEX vault_holder ON vault_material (holder, kind);
CREATE INDEX vault_hash ON vault_material (holder, sha256);
