-- Loopline schema 5 (SQLite): segments (target groups described by what they need, with
-- their buyers' weighted selection criteria) and collateral (brochures, case studies,
-- research) with what was sent to each deal. Leads, contacts, deals and team members keep
-- the segment's name in their segment column, as before; the name is the link.
CREATE TABLE segments (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL UNIQUE,
    needs      TEXT    NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)
--;
CREATE TABLE segment_criteria (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    segment_id TEXT    NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    weight     INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100)
)
--;
CREATE INDEX segment_criteria_segment ON segment_criteria(segment_id, position)
--;
ALTER TABLE contacts ADD COLUMN segment TEXT NOT NULL DEFAULT ''
--;
-- Every segment name already in use becomes a segment, in order of its first use (team
-- members, then leads, then deals), with a random UUID.
INSERT INTO segments (id, name, position, created_at, updated_at)
    SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-'
               || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
           name, position, now_ms, now_ms
    FROM (SELECT hex(randomblob(16)) AS h, name, ROW_NUMBER() OVER (ORDER BY MIN(k), name) AS position,
                 CAST(strftime('%s', 'now') AS INTEGER) * 1000 AS now_ms
          FROM (SELECT TRIM(segment) AS name, 1 AS k FROM team_members WHERE TRIM(segment) <> ''
                UNION ALL SELECT TRIM(segment), 2 FROM leads WHERE TRIM(segment) <> ''
                UNION ALL SELECT TRIM(segment), 3 FROM deals WHERE TRIM(segment) <> '') used
          GROUP BY name) named
--;
CREATE TABLE collateral (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    title      TEXT    NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'other'
                       CHECK (kind IN ('brochure', 'case_study', 'research', 'other')),
    location   TEXT    NOT NULL DEFAULT '',
    stage_id   TEXT    REFERENCES deal_stages(id) ON DELETE SET NULL,
    segment    TEXT    NOT NULL DEFAULT '',
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)
--;
CREATE INDEX collateral_title ON collateral(title)
--;
CREATE TABLE deal_collateral (
    deal_id       TEXT    NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    collateral_id TEXT    NOT NULL REFERENCES collateral(id) ON DELETE CASCADE,
    sent_at       INTEGER NOT NULL,
    sent_by       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (deal_id, collateral_id)
)
--;
CREATE INDEX deal_collateral_collateral ON deal_collateral(collateral_id, deal_id)
