-- Key enterprises (重点企业) and small and micro ones (企业地带). categories holds the category codes
-- between semicolons (";LISTED;UNICORN;") so that a notice can reach a category with one LIKE.
CREATE TABLE dl_enterprise (
  credit_code VARCHAR(18) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  categories VARCHAR(200) NOT NULL,
  industry VARCHAR(60) NOT NULL,
  leader VARCHAR(60) NOT NULL,
  liaison_department VARCHAR(20) NOT NULL,
  key_enterprise SMALLINT NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX dl_enterprise_industry ON dl_enterprise (industry);

-- 好差评: one rating per service event (一次一评), never changed or deleted.
CREATE TABLE dl_rating (
  id BIGINT NOT NULL PRIMARY KEY,
  subject_kind VARCHAR(8) NOT NULL,
  subject VARCHAR(40) NOT NULL,
  level SMALLINT NOT NULL,
  reasons VARCHAR(400),
  comment_text VARCHAR(1000),
  department VARCHAR(20) NOT NULL,
  item VARCHAR(200) NOT NULL,
  window_code VARCHAR(40),
  clerk VARCHAR(64),
  channel VARCHAR(20) NOT NULL,
  rated_at TIMESTAMP NOT NULL,
  rated_on DATE NOT NULL,
  CONSTRAINT dl_rating_once UNIQUE (subject_kind, subject)
);
CREATE INDEX dl_rating_department ON dl_rating (department, rated_on);
CREATE INDEX dl_rating_day ON dl_rating (rated_on);

-- A bad rating's rectification (整改): verify, rectify and call back, appeal decided by a supervisor.
-- next_due is the deadline of the current step; escalated_in the status whose deadline was escalated (once).
CREATE TABLE dl_rectification (
  id BIGINT NOT NULL PRIMARY KEY,
  rating_id BIGINT NOT NULL UNIQUE,
  department VARCHAR(20) NOT NULL,
  status VARCHAR(12) NOT NULL,
  opened_on DATE NOT NULL,
  verify_due DATE NOT NULL,
  rectify_due DATE,
  next_due DATE,
  escalated_in VARCHAR(12),
  finding VARCHAR(2000),
  verified_by VARCHAR(64),
  verified_on DATE,
  measures VARCHAR(2000),
  callback_outcome VARCHAR(20),
  callback_note VARCHAR(1000),
  closed_by VARCHAR(64),
  closed_on DATE,
  on_time SMALLINT,
  appeal_reason VARCHAR(1000),
  appeal_status VARCHAR(10),
  appeal_before VARCHAR(12),
  decided_by VARCHAR(64)
);
CREATE INDEX dl_rectification_due ON dl_rectification (next_due);
CREATE INDEX dl_rectification_department ON dl_rectification (department, status);

-- Rating invitations sent when a case is delivered (one per case).
CREATE TABLE dl_invitation (
  case_number VARCHAR(32) NOT NULL PRIMARY KEY,
  department VARCHAR(20) NOT NULL,
  sent_at TIMESTAMP NOT NULL
);

-- The routing table admins keep: category → department and deadlines in working days.
CREATE TABLE dl_demand_category (
  code VARCHAR(20) NOT NULL PRIMARY KEY,
  name VARCHAR(60) NOT NULL,
  department VARCHAR(20) NOT NULL,
  response_days INT NOT NULL,
  answer_days INT NOT NULL
);
INSERT INTO dl_demand_category VALUES ('policy', '政策咨询', 'industry', 1, 5);
INSERT INTO dl_demand_category VALUES ('finance', '融资与财政扶持', 'finance', 1, 5);
INSERT INTO dl_demand_category VALUES ('talent', '人才与用工', 'hr', 1, 5);
INSERT INTO dl_demand_category VALUES ('land', '用地与规划', 'planning', 1, 15);
INSERT INTO dl_demand_category VALUES ('approval', '审批服务', 'market', 1, 5);
INSERT INTO dl_demand_category VALUES ('tax', '税费', 'tax', 1, 5);
INSERT INTO dl_demand_category VALUES ('ip', '知识产权保护', 'market', 1, 5);
INSERT INTO dl_demand_category VALUES ('tech', '科技创新', 'sci', 1, 5);
INSERT INTO dl_demand_category VALUES ('environment', '环保', 'ecology', 1, 5);
INSERT INTO dl_demand_category VALUES ('complex', '跨部门复杂诉求', 'ndrc', 1, 15);

-- Demands (诉求). rung: the escalation steps fired (1 officer, 2 department head, 3 leader in charge,
-- 4 district head); next_rung_on: when the next fires (NULL when none is pending), so the scan reads
-- only the demands due, not every open one.
CREATE TABLE dl_demand (
  id BIGINT NOT NULL PRIMARY KEY,
  demand_number VARCHAR(20) NOT NULL UNIQUE,
  enterprise VARCHAR(18) NOT NULL,
  key_enterprise SMALLINT NOT NULL,
  kind VARCHAR(12) NOT NULL,
  category VARCHAR(20) NOT NULL,
  text VARCHAR(4000) NOT NULL,
  addressed_to VARCHAR(20) NOT NULL,
  department VARCHAR(20) NOT NULL,
  officer VARCHAR(64),
  status VARCHAR(12) NOT NULL,
  submitted_by VARCHAR(64) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  submitted_on DATE NOT NULL,
  response_due DATE NOT NULL,
  answer_due DATE NOT NULL,
  responded_on DATE,
  rung INT NOT NULL,
  next_rung_on DATE,
  answer VARCHAR(4000),
  answered_on DATE,
  answered_late SMALLINT,
  reopens INT NOT NULL,
  reason VARCHAR(1000),
  closed_on DATE,
  version INT NOT NULL
);
CREATE INDEX dl_demand_next_rung ON dl_demand (next_rung_on);
CREATE INDEX dl_demand_enterprise ON dl_demand (enterprise, id);
CREATE INDEX dl_demand_department ON dl_demand (department, status);

-- 晒业绩: achievement posts, published after a staff check.
CREATE TABLE dl_achievement (
  id BIGINT NOT NULL PRIMARY KEY,
  enterprise VARCHAR(18) NOT NULL,
  title VARCHAR(200) NOT NULL,
  text VARCHAR(4000) NOT NULL,
  status VARCHAR(12) NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  checked_by VARCHAR(64),
  checked_at TIMESTAMP
);

-- Notices to enterprises and who they reached (one row per enterprise reached, read_at once read).
CREATE TABLE dl_notice (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(12) NOT NULL,
  title VARCHAR(200) NOT NULL,
  body VARCHAR(8000) NOT NULL,
  categories VARCHAR(200) NOT NULL,
  industries VARCHAR(400) NOT NULL,
  department VARCHAR(20) NOT NULL,
  published_by VARCHAR(64) NOT NULL,
  published_at TIMESTAMP NOT NULL
);
CREATE TABLE dl_notice_reach (
  notice_id BIGINT NOT NULL,
  enterprise VARCHAR(18) NOT NULL,
  read_at TIMESTAMP,
  PRIMARY KEY (notice_id, enterprise)
);
CREATE INDEX dl_notice_reach_enterprise ON dl_notice_reach (enterprise);
