-- What a specialist (专员) is told: a row per change of a case of a listed party, written in the
-- transaction of the change (so every node sees it, and none is lost or told twice).
CREATE TABLE floor_specialist_notice (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  specialist VARCHAR(64) NOT NULL,
  party VARCHAR(40) NOT NULL,
  party_name VARCHAR(200) NOT NULL,
  case_number VARCHAR(40) NOT NULL,
  item VARCHAR(64) NOT NULL,
  department VARCHAR(64),
  status_from VARCHAR(24),
  status_to VARCHAR(24) NOT NULL,
  reason VARCHAR(1000),
  actor VARCHAR(100),
  noticed_at TIMESTAMP NOT NULL,
  read_at TIMESTAMP
);
CREATE INDEX floor_specialist_notice_who ON floor_specialist_notice (specialist, id);
CREATE INDEX floor_vip_specialist ON floor_vip (specialist);
