-- Loopline schema 8 (SQLite): deferred_schema holds, in order, the statements that rebuild
-- the secondary indexes and full-text triggers set aside while an empty table is filled in
-- bulk (a replica's first download; see Database::deferIndexes). It is written in the same
-- transaction as the DROPs, and every open of the file runs and empties it, so a process
-- killed in the middle leaves nothing missing. (PostgreSQL's schema 8 adds the functions that
-- list a replica's changes instead.)
CREATE TABLE deferred_schema (
    seq       INTEGER PRIMARY KEY,
    tbl       TEXT    NOT NULL,
    statement TEXT    NOT NULL
)
