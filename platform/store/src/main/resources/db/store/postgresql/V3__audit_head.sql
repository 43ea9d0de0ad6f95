-- PostgreSQL's form of V3 (see the main file for why): no SYSIBM.SYSDUMMY1, and the primary key is
-- dropped by its constraint name.
CREATE TABLE audit_head (
  id INT NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) SELECT 1, seq, hash FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log);
INSERT INTO audit_head (id, seq, hash) SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
  WHERE NOT EXISTS (SELECT 1 FROM audit_head);
ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;
