-- No query looks steps up by their sub-case (a sub-case names its step in hall_case.origin): the
-- index only cost an entry for every step and a move for every step started.
DROP INDEX composite_step_sub;
