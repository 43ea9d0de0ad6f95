-- V3 dropped the primary key on audit_log.seq to spare the writer an index; without it nothing but
-- the writer's own bookkeeping kept two records from sharing a sequence number (a rewound chain
-- behind committed records did exactly that). A record's number is unique again: a second record
-- with a taken number fails its batch instead of forking the chain.
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);
