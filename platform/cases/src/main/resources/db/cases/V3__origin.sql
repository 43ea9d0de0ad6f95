-- A sub-case of a composite (并联审批) names its composite case and step.
ALTER TABLE hall_case ADD COLUMN origin VARCHAR(80);
