-- A step's result was delivered (its sub-case completed); when every step's is, the composite is completed.
ALTER TABLE composite_step ADD COLUMN delivered SMALLINT DEFAULT 0 NOT NULL;
