-- Derby's background thread that refreshes index statistics when a table has grown (on by default)
-- competed for the two cores with the writer under sustained intake and invalidated every compiled
-- statement on the table each time, throughput falling from ~130 to ~30 composite cases/s. The hall's
-- queries are equality or range lookups on their own indexes, which the optimizer picks without
-- statistics. (Statistics can still be refreshed by hand: CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS.)
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.indexStats.auto', 'false');
