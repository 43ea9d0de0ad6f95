-- The audit log's primary key on seq was an index the writer extended with every record (25 a
-- composite case) for two readers only: the writer's start, which looked up the last record, and
-- the chain's verification, which reads all records in order. The last record's number and hash are
-- now kept in audit_head (always one row; the genesis head for an empty log), updated once per
-- batch in the batch's own transaction; the verification sorts. Records keep their seq; the
-- chain's hashes find a record removed, inserted or repeated as before.
CREATE TABLE audit_head (
  id INT NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) SELECT 1, seq, hash FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log);
INSERT INTO audit_head (id, seq, hash) SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000' FROM SYSIBM.SYSDUMMY1
  WHERE NOT EXISTS (SELECT 1 FROM audit_head);
ALTER TABLE audit_log DROP PRIMARY KEY;
