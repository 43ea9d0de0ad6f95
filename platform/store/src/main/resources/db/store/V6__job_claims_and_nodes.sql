-- Several hall nodes over one database (PostgreSQL): a periodic job (the SLA scan, the composite sweep,
-- audit anchors, backups) runs on the node that claims its row for the interval, by a conditional UPDATE
-- on last_run in the database's time (JobClaims); nodes record a heartbeat with their bundles' versions
-- (hall:cluster).
CREATE TABLE hall_job (
  job VARCHAR(60) NOT NULL PRIMARY KEY,
  node VARCHAR(120) NOT NULL,
  last_run TIMESTAMP NOT NULL
);
CREATE TABLE hall_node (
  node VARCHAR(120) NOT NULL PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  seen_at TIMESTAMP NOT NULL,
  bundles VARCHAR(16000) NOT NULL
);
