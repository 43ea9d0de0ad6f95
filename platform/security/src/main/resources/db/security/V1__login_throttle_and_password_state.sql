-- Failed logins per account ('user:<name>') and per client address ('addr:<address>'), kept in the
-- database so that every node of a hall counts the same failures and a restart forgets nothing.
-- failures counts within the window that began at window_start; locked_until is set once the
-- failures pass the threshold and grows with each further failure.
CREATE TABLE login_throttle (
  throttle_key VARCHAR(120) NOT NULL PRIMARY KEY,
  failures INT NOT NULL,
  window_start TIMESTAMP NOT NULL,
  locked_until TIMESTAMP
);
-- Accounts whose password was given to them (first start, created, reset by an admin): they must
-- set their own before anything else. No row: the account set its own (or predates this table).
CREATE TABLE staff_password (
  username VARCHAR(64) NOT NULL PRIMARY KEY,
  must_change SMALLINT NOT NULL,
  changed_at TIMESTAMP
);
