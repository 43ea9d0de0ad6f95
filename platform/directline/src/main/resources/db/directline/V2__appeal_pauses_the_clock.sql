-- The day a department appealed a rectification: its deadlines stop from then until a supervisor decides.
ALTER TABLE dl_rectification ADD COLUMN appealed_on DATE;
