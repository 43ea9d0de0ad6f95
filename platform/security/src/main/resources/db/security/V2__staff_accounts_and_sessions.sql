-- Staff accounts of the JAAS realm "karaf", shared by every node of a hall (issue 26): before this,
-- etc/users.properties of each node. password_hash is the hall's PBKDF2 form (or an old SHA-512 hex,
-- re-hashed at the next login) without the realm's {CRYPT} markers. version grows with every change
-- of the password, the roles or the duty to change the password, so a node that remembers a
-- verified credential knows it is stale.
CREATE TABLE staff_account (
  username VARCHAR(64) NOT NULL PRIMARY KEY,
  password_hash VARCHAR(300) NOT NULL,
  version BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL
);
-- An account's roles (clerk, approver, dept:police …) and groups ('_g_:admingroup'), as users.properties had them.
CREATE TABLE staff_role (
  username VARCHAR(64) NOT NULL,
  role VARCHAR(100) NOT NULL,
  PRIMARY KEY (username, role)
);
-- The roles a group gives (users.properties: _g_\:admingroup = group,admin,manager …).
CREATE TABLE staff_group_role (
  group_name VARCHAR(64) NOT NULL,
  role VARCHAR(100) NOT NULL,
  PRIMARY KEY (group_name, role)
);
INSERT INTO staff_group_role (group_name, role) VALUES ('admingroup', 'admin'), ('admingroup', 'manager'), ('admingroup', 'viewer'),
  ('admingroup', 'systembugger'), ('admingroup', 'ssh');
-- Web UI sessions (cookie HALL_SESSION), valid on every node: only the SHA-256 of the token is
-- kept. expires_at moves to now + idle_seconds as requests come (at most once a minute); logout
-- deletes the row.
CREATE TABLE staff_session (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  idle_seconds INT NOT NULL
);
CREATE INDEX staff_session_user ON staff_session (username);
CREATE INDEX staff_session_expiry ON staff_session (expires_at);
