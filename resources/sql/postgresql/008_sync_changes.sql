-- Loopline schema 8 (PostgreSQL): what changed since a server sequence, by record key only.
-- A replica pulls by listing the records changed since the last sequence it saw, including
-- those it may no longer see (a deal given to another rep must leave its replica), while
-- the server's roles let a restricted login read the clocks (fields, authors) of its own
-- records only. These functions run as their owner and give no more than the key.
-- (SQLite's schema 8 adds deferred_schema instead; the version is the same on both backends.)
CREATE FUNCTION loopline_sync_changes(after BIGINT, page INTEGER)
RETURNS TABLE (entity TEXT, row_key TEXT, last BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT c.entity, c.row_key, MAX(c.server_seq) AS last
      FROM sync_clock c
     WHERE c.server_seq > after
     GROUP BY c.entity, c.row_key
     ORDER BY last
     LIMIT page
$$
--;
CREATE FUNCTION loopline_sync_changed(after BIGINT) RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT COUNT(*) FROM (SELECT DISTINCT c.entity, c.row_key FROM sync_clock c
                           WHERE c.server_seq > after) AS changed
$$
