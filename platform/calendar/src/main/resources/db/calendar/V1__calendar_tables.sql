-- Working-day schedules per year (State Council notices): holidays (days off) and make-up working days.
CREATE TABLE calendar_year (
  cal_year INT NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  source VARCHAR(300) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(64) NOT NULL
);
CREATE TABLE calendar_day (
  day DATE NOT NULL PRIMARY KEY,
  cal_year INT NOT NULL,
  holiday BOOLEAN NOT NULL,
  name VARCHAR(40) NOT NULL
);
CREATE INDEX calendar_day_year ON calendar_day (cal_year);
