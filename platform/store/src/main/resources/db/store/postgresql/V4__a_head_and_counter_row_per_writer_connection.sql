-- PostgreSQL's form of V4 (see the main file for why): the primary key is dropped by its constraint name.
INSERT INTO audit_head (id, seq, hash) SELECT 2, seq, hash FROM audit_head WHERE id = 1;
ALTER TABLE hall_counter ADD COLUMN lane SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE hall_counter DROP CONSTRAINT hall_counter_pkey;
ALTER TABLE hall_counter ADD PRIMARY KEY (name, lane);
