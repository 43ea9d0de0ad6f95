-- A random rating code per ticket (好差评 issue 24): the proof that rates a served ticket, printed on the slip and
-- shown on the window's tablet. The row id alone was no proof: it is sequential, so anyone could rate other people's
-- services once each and take the place of their own rating. Tickets taken before this have none and cannot be rated.
ALTER TABLE floor_ticket ADD COLUMN rating_code VARCHAR(8);
