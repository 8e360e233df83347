-- Loopline schema 6 (SQLite): the indexes the importer and duplicate search look contacts up by:
-- an email in any letter case, and a phone number (kept in E.164 by the importer); and the
-- history of marketing consent, given and withdrawn, of contacts and of leads (a booth lead
-- gives it before it is a contact); and the tombstones of erased people, so that an erasure
-- holds on every copy of the database and an old copy cannot bring the person back.
CREATE INDEX IF NOT EXISTS contact_emails_lower ON contact_emails (lower(address))
--;
CREATE INDEX IF NOT EXISTS contact_phones_number ON contact_phones (number)
--;
CREATE INDEX IF NOT EXISTS leads_phone ON leads (phone)
--;
CREATE TABLE consent_events (
    seq          INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    contact_id   TEXT    REFERENCES contacts(id) ON DELETE CASCADE,
    lead_id      TEXT    REFERENCES leads(id) ON DELETE CASCADE,
    given        INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    source       TEXT    NOT NULL DEFAULT '',
    text_version TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT ''
)
--;
CREATE INDEX consent_events_contact ON consent_events(contact_id, at)
--;
CREATE INDEX consent_events_lead ON consent_events(lead_id, at)
--;
-- The consent contacts already have starts their history.
INSERT INTO consent_events (id, contact_id, given, at, source, text_version, author)
SELECT lower(hex(randomblob(16))), id, 1, COALESCE(consent_at, created_at), consent_source, consent_text_version, ''
FROM contacts WHERE consent = 1
--;
CREATE TABLE erasures (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    entity     TEXT    NOT NULL,
    entity_id  TEXT    NOT NULL,
    erased_at  INTEGER NOT NULL,
    author     TEXT    NOT NULL DEFAULT '',
    reason     TEXT    NOT NULL DEFAULT ''
)
--;
CREATE UNIQUE INDEX erasures_entity ON erasures(entity, entity_id)
