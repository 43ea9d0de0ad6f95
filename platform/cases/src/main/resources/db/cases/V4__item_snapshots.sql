-- Every case of the same item version shares one snapshot of the item: new case rows keep
-- '#' and the snapshot's SHA-256 in item_snapshot; rows written before keep their JSON inline.
CREATE TABLE item_snapshot (
  ref CHAR(64) NOT NULL PRIMARY KEY,
  json VARCHAR(16000) NOT NULL
);
