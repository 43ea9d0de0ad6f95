-- The day the SLA scan warned that an application's pre-review limit had passed (once per case).
ALTER TABLE online_case ADD COLUMN pre_review_warned DATE;
