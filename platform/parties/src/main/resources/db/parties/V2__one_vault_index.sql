-- A holder's materials are listed (holder = ?) and an upload is matched (holder, sha256, kind) through
-- the one index on (holder, sha256): the index on (holder, kind) only cost an entry for every
-- material stored and every document issued.
DROP INDEX vault_holder;
