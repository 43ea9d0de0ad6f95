-- Only the sweep for READY steps (once a minute) looked steps up by state, and READY steps belong to
-- composites IN_PROGRESS: it now goes through composite_case_status. The index on (status, department)
-- cost a move for every step that changed state (seven a talent settlement) and an entry for every step.
DROP INDEX composite_step_status;
