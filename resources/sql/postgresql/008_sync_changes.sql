-- Loopline schema 8 (PostgreSQL): what changed since a server sequence, by record key only,
-- and the capture trigger mended (a change made on the server no longer moves the server's
-- clock a day ahead).
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
--;
-- The capture trigger of schema 7 with the cap on a pushed clock applied to pushed clocks only.
CREATE OR REPLACE FUNCTION loopline_sync_capture() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    old_row  JSONB;
    new_row  JSONB;
    key_text TEXT := '';
    from_origin TEXT := COALESCE(NULLIF(current_setting('loopline.origin', true), ''), 'server');
    pushed   BIGINT := NULLIF(current_setting('loopline.hlc', true), '')::bigint;
    forced   TEXT := COALESCE(current_setting('loopline.force', true), '');
    stamp    sync_server;
    f        TEXT;
    v        JSONB;
    i        INTEGER;
BEGIN
    -- A pushed clock may run ahead of the server's by a day at most, so that no client can
    -- stamp its edits to win over every later one.
    -- (LEAST ignores a NULL: a change made on the server itself has no pushed clock and
    -- takes the server's own; schema 7 capped it to a day ahead and so moved the server's
    -- clock a day into the future, making direct edits win over every replica's for a day.)
    IF pushed IS NOT NULL THEN
        pushed := LEAST(pushed, ((extract(epoch FROM clock_timestamp()) * 1000)::bigint + 86400000) << 16);
    END IF;
    -- A replica's origin belongs to the login that first pushed under it: another login
    -- cannot pass its changes off as that replica's.
    IF from_origin <> 'server' THEN
        INSERT INTO sync_origins (origin, login) VALUES (from_origin, session_user) ON CONFLICT (origin) DO NOTHING;
        IF NOT EXISTS (SELECT 1 FROM sync_origins o WHERE o.origin = from_origin
                                                      AND o.login = session_user) THEN
            RAISE EXCEPTION 'the replica % belongs to another login', from_origin USING ERRCODE = '42501';
        END IF;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' AND old_row = new_row AND forced = '' THEN
        RETURN NULL;
    END IF;
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        key_text := key_text || CASE WHEN i > 0 THEN '|' ELSE '' END
                    || (COALESCE(new_row, old_row) ->> TG_ARGV[i]);
    END LOOP;
    stamp := loopline_sync_stamp(pushed);
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_clock (entity, row_key, field, hlc, origin, author, server_seq)
        VALUES (TG_TABLE_NAME, key_text, '*', COALESCE(pushed, stamp.hlc), from_origin, session_user, stamp.seq)
        ON CONFLICT (entity, row_key, field) DO UPDATE
            SET hlc = EXCLUDED.hlc, origin = EXCLUDED.origin, author = EXCLUDED.author,
                server_seq = EXCLUDED.server_seq;
        RETURN NULL;
    END IF;
    FOR f, v IN SELECT key, value FROM jsonb_each(new_row) LOOP
        IF f NOT IN ('seq', 'search') AND (old_row IS NULL OR (old_row -> f) IS DISTINCT FROM v OR f = forced) THEN
            INSERT INTO sync_clock (entity, row_key, field, hlc, origin, author, server_seq)
            VALUES (TG_TABLE_NAME, key_text, f, COALESCE(pushed, stamp.hlc), from_origin, session_user, stamp.seq)
            ON CONFLICT (entity, row_key, field) DO UPDATE
                SET hlc = EXCLUDED.hlc, origin = EXCLUDED.origin, author = EXCLUDED.author,
                    server_seq = EXCLUDED.server_seq;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$
