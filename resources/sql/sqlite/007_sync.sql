-- Loopline schema 7 (SQLite): what a laptop's replica of the team database needs to sync.
-- team_members.login names the person's server login (roles on the server). sync_state
-- holds the replica's origin id, its hybrid logical clock and the last server sequence it
-- has pulled, and the team member its user is on the server (what owner columns hold);
-- an empty origin means this file is not a replica and nothing is logged.
-- sync_outbox is the change log written by triggers (see core/sync/replica.cpp) in the
-- same transaction as each change; sync_conflicts is synced like a record; sync_rejected
-- lists local changes the server refused (a role's rights, a record deleted meanwhile).
ALTER TABLE team_members ADD COLUMN login TEXT
--;
CREATE UNIQUE INDEX team_members_login ON team_members(login) WHERE login IS NOT NULL
--;
CREATE TABLE sync_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    origin         TEXT    NOT NULL DEFAULT '',
    server         TEXT    NOT NULL DEFAULT '',
    member         TEXT    NOT NULL DEFAULT '',
    hlc            INTEGER NOT NULL DEFAULT 0,
    applying       INTEGER NOT NULL DEFAULT 0,
    pulled_seq     INTEGER NOT NULL DEFAULT 0,
    download_table TEXT    NOT NULL DEFAULT '',
    download_key   TEXT    NOT NULL DEFAULT '',
    downloaded     INTEGER NOT NULL DEFAULT 0,
    last_sync_at   INTEGER
)
--;
INSERT INTO sync_state (id) VALUES (1)
--;
CREATE TABLE sync_outbox (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    entity   TEXT    NOT NULL,
    row_key  TEXT    NOT NULL,
    field    TEXT    NOT NULL,
    value,
    hlc      INTEGER NOT NULL,
    base_seq INTEGER NOT NULL
)
--;
CREATE INDEX sync_outbox_row ON sync_outbox(entity, row_key, field)
--;
CREATE TABLE sync_conflicts (
    seq          INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    entity       TEXT    NOT NULL,
    row_key      TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    kept_value   TEXT,
    kept_origin  TEXT    NOT NULL,
    kept_author  TEXT    NOT NULL DEFAULT '',
    kept_hlc     INTEGER NOT NULL,
    other_value  TEXT,
    other_origin TEXT    NOT NULL,
    other_author TEXT    NOT NULL DEFAULT '',
    other_hlc    INTEGER NOT NULL,
    detected_at  INTEGER NOT NULL,
    resolved_at  INTEGER,
    resolved_by  TEXT    NOT NULL DEFAULT '',
    resolution   TEXT    NOT NULL DEFAULT ''
)
--;
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, detected_at)
--;
CREATE TABLE sync_rejected (
    seq     INTEGER PRIMARY KEY,
    entity  TEXT    NOT NULL,
    row_key TEXT    NOT NULL,
    field   TEXT    NOT NULL,
    value,
    reason  TEXT    NOT NULL,
    at      INTEGER NOT NULL
)
--;
-- Records to bring back to the server's state: those with a pushed change the server did
-- not take as it was. Kept until done, so a sync cut after the push still does it.
CREATE TABLE sync_refresh (
    entity  TEXT NOT NULL,
    row_key TEXT NOT NULL,
    PRIMARY KEY (entity, row_key)
) WITHOUT ROWID
