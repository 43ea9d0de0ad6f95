-- Queue tickets: numbered per site, queue and day (floor_counter), never reused within a day.
CREATE TABLE floor_ticket (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site VARCHAR(32) NOT NULL,
  queue VARCHAR(16) NOT NULL,
  day DATE NOT NULL,
  seq INT NOT NULL,
  label VARCHAR(16) NOT NULL,
  kind VARCHAR(12) NOT NULL,
  applicant VARCHAR(40),
  item VARCHAR(64),
  appointment VARCHAR(24),
  vip BOOLEAN NOT NULL,
  specialist VARCHAR(64),
  state VARCHAR(12) NOT NULL,
  window_code VARCHAR(32),
  target_window VARCHAR(32),
  clerk VARCHAR(64),
  recalls INT NOT NULL,
  issued_at TIMESTAMP NOT NULL,
  called_at TIMESTAMP,
  first_called_at TIMESTAMP,
  done_at TIMESTAMP,
  taken_by VARCHAR(64) NOT NULL,
  CONSTRAINT floor_ticket_number UNIQUE (site, queue, day, seq)
);
CREATE INDEX floor_ticket_waiting ON floor_ticket (site, day, state);
CREATE INDEX floor_ticket_window ON floor_ticket (window_code, state);

-- The last ticket number per site, queue and day: incremented in the transaction that issues the ticket.
CREATE TABLE floor_counter (
  site VARCHAR(32) NOT NULL,
  queue VARCHAR(16) NOT NULL,
  day DATE NOT NULL,
  last_seq INT NOT NULL,
  PRIMARY KEY (site, queue, day)
);

-- Who sits at which window: one window per clerk, one clerk per window, across all nodes.
CREATE TABLE floor_seat (
  window_code VARCHAR(32) NOT NULL PRIMARY KEY,
  clerk VARCHAR(64) NOT NULL,
  site VARCHAR(32) NOT NULL,
  since TIMESTAMP NOT NULL,
  CONSTRAINT floor_seat_clerk UNIQUE (clerk)
);

-- Every call and recall, in order: board connections on every node follow it by seq.
CREATE TABLE floor_call (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site VARCHAR(32) NOT NULL,
  label VARCHAR(16) NOT NULL,
  window_code VARCHAR(32) NOT NULL,
  window_number INT NOT NULL,
  called_at TIMESTAMP NOT NULL,
  recall BOOLEAN NOT NULL
);
CREATE INDEX floor_call_site ON floor_call (site, seq);

-- Appointment slots: booked never exceeds capacity (a conditional UPDATE).
CREATE TABLE floor_slot (
  site VARCHAR(32) NOT NULL,
  queue VARCHAR(16) NOT NULL,
  day DATE NOT NULL,
  slot VARCHAR(5) NOT NULL,
  capacity INT NOT NULL,
  booked INT NOT NULL,
  PRIMARY KEY (site, queue, day, slot),
  CONSTRAINT floor_slot_not_over CHECK (booked <= capacity)
);

CREATE TABLE floor_appointment (
  number VARCHAR(24) NOT NULL PRIMARY KEY,
  site VARCHAR(32) NOT NULL,
  queue VARCHAR(16) NOT NULL,
  item VARCHAR(64) NOT NULL,
  day DATE NOT NULL,
  slot VARCHAR(5) NOT NULL,
  applicant VARCHAR(40) NOT NULL,
  state VARCHAR(12) NOT NULL,
  online BOOLEAN NOT NULL,
  vip BOOLEAN NOT NULL,
  booked_by VARCHAR(64) NOT NULL,
  booked_at TIMESTAMP NOT NULL
);
CREATE INDEX floor_appointment_applicant ON floor_appointment (applicant, day);
CREATE INDEX floor_appointment_day ON floor_appointment (site, day);

-- VIP registries (绿色通道): key enterprises, high-end talent, start-up teams.
CREATE TABLE floor_vip (
  number VARCHAR(40) NOT NULL PRIMARY KEY,
  kind VARCHAR(12) NOT NULL,
  name VARCHAR(200) NOT NULL,
  category VARCHAR(100),
  specialist VARCHAR(64),
  added_by VARCHAR(64) NOT NULL,
  added_at TIMESTAMP NOT NULL
);

-- The cases taken in while serving a ticket (the case's audit trail names the ticket too).
CREATE TABLE floor_ticket_case (
  ticket_id BIGINT NOT NULL,
  case_number VARCHAR(40) NOT NULL,
  linked_at TIMESTAMP NOT NULL,
  PRIMARY KEY (ticket_id, case_number)
);
CREATE INDEX floor_ticket_case_case ON floor_ticket_case (case_number);
