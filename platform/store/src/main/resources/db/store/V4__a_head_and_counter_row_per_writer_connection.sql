-- The writer commits a batch on one of its two connections while it runs the next batch on the
-- other. Both batches wrote the same audit head row and counter rows, so the second waited at its
-- end for the first one's commit. Each connection now writes its own rows: audit_head row 1 or 2
-- (the chain's head is the one with the higher seq), hall_counter lane 0 or 1 (a counter's value is
-- the larger of its rows; counters only go up).
INSERT INTO audit_head (id, seq, hash) SELECT 2, seq, hash FROM audit_head WHERE id = 1;
ALTER TABLE hall_counter ADD COLUMN lane SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE hall_counter DROP PRIMARY KEY;
ALTER TABLE hall_counter ADD PRIMARY KEY (name, lane);
