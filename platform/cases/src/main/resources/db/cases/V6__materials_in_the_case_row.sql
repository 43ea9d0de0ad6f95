-- A case's materials are written with its row, as JSON, instead of a case_material row each:
-- a composite case wrote eight such rows and every view and approval read them back. Cases
-- written before keep materials_json NULL and their case_material rows, which are read as before
-- (a supplement to such a case moves its materials into the row).
ALTER TABLE hall_case ADD COLUMN materials_json VARCHAR(32000);
