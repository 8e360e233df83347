-- Loopline schema 1 (SQLite). Statements are separated by lines holding only "--;".
-- Keys are client-made UUIDs (id); seq is a local integer row key used for keyset
-- paging and as the FTS5 content rowid (an alias of rowid, so VACUUM keeps it).
CREATE TABLE companies (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    domain     TEXT    NOT NULL DEFAULT '',
    industry   TEXT    NOT NULL DEFAULT '',
    employees  INTEGER NOT NULL DEFAULT 0,
    address    TEXT    NOT NULL DEFAULT '',
    owner      TEXT    NOT NULL DEFAULT '',
    notes      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)
--;
CREATE INDEX companies_name ON companies(name)
--;
CREATE INDEX companies_domain ON companies(domain)
--;
CREATE INDEX companies_industry ON companies(industry, name)
--;
CREATE INDEX companies_employees ON companies(employees)
--;
CREATE INDEX companies_owner ON companies(owner)
--;
CREATE INDEX companies_updated ON companies(updated_at)
--;
CREATE TABLE contacts (
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT    NOT NULL UNIQUE,
    first_name           TEXT    NOT NULL DEFAULT '',
    last_name            TEXT    NOT NULL DEFAULT '',
    email                TEXT    NOT NULL DEFAULT '',
    phone                TEXT    NOT NULL DEFAULT '',
    job_title            TEXT    NOT NULL DEFAULT '',
    company_id           TEXT    REFERENCES companies(id) ON DELETE SET NULL,
    company_name         TEXT    NOT NULL DEFAULT '',
    owner                TEXT    NOT NULL DEFAULT '',
    source               TEXT    NOT NULL DEFAULT '',
    tags                 TEXT    NOT NULL DEFAULT '',
    notes                TEXT    NOT NULL DEFAULT '',
    consent              INTEGER NOT NULL DEFAULT 0,
    consent_at           INTEGER,
    consent_source       TEXT    NOT NULL DEFAULT '',
    consent_text_version TEXT    NOT NULL DEFAULT '',
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
)
--;
CREATE INDEX contacts_name ON contacts(last_name, first_name)
--;
CREATE INDEX contacts_email ON contacts(email)
--;
CREATE INDEX contacts_phone ON contacts(phone)
--;
CREATE INDEX contacts_company ON contacts(company_id)
--;
CREATE INDEX contacts_company_name ON contacts(company_name)
--;
CREATE INDEX contacts_job_title ON contacts(job_title)
--;
CREATE INDEX contacts_owner ON contacts(owner)
--;
CREATE INDEX contacts_updated ON contacts(updated_at)
--;
CREATE TABLE contact_emails (
    contact_id TEXT    NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'work',
    address    TEXT    NOT NULL,
    PRIMARY KEY (contact_id, position)
)
--;
CREATE INDEX contact_emails_address ON contact_emails(address)
--;
CREATE TABLE contact_phones (
    contact_id TEXT    NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'work',
    number     TEXT    NOT NULL,
    PRIMARY KEY (contact_id, position)
)
--;
CREATE TABLE deal_stages (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    probability INTEGER NOT NULL DEFAULT 0
)
--;
INSERT INTO deal_stages (id, name, position, probability) VALUES
    ('assessment_booked', 'Needs assessment booked', 1, 10),
    ('needs_confirmed', 'Needs confirmed', 2, 25),
    ('proposal_received', 'Proposal received', 3, 50),
    ('terms_agreed', 'Terms agreed', 4, 75),
    ('contract_sent', 'Contract received for signature', 5, 90)
--;
CREATE TABLE deals (
    seq            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    title          TEXT    NOT NULL,
    company_id     TEXT    REFERENCES companies(id) ON DELETE SET NULL,
    company_name   TEXT    NOT NULL DEFAULT '',
    value_minor    INTEGER NOT NULL DEFAULT 0,
    currency       TEXT    NOT NULL DEFAULT 'EUR',
    stage_id       TEXT    NOT NULL REFERENCES deal_stages(id),
    owner          TEXT    NOT NULL DEFAULT '',
    expected_close TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
)
--;
CREATE INDEX deals_title ON deals(title)
--;
CREATE INDEX deals_company ON deals(company_id)
--;
CREATE INDEX deals_company_name ON deals(company_name)
--;
CREATE INDEX deals_value ON deals(value_minor)
--;
CREATE INDEX deals_stage ON deals(stage_id)
--;
CREATE INDEX deals_owner ON deals(owner)
--;
CREATE INDEX deals_close ON deals(expected_close)
--;
CREATE INDEX deals_status ON deals(status)
--;
CREATE INDEX deals_updated ON deals(updated_at)
--;
CREATE TABLE deal_contacts (
    deal_id    TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, contact_id)
)
--;
CREATE INDEX deal_contacts_contact ON deal_contacts(contact_id)
--;
CREATE TABLE timeline (
    seq       INTEGER PRIMARY KEY,
    id        TEXT    NOT NULL UNIQUE,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    author    TEXT    NOT NULL DEFAULT '',
    kind      TEXT    NOT NULL,
    body      TEXT    NOT NULL DEFAULT ''
)
--;
CREATE INDEX timeline_entity ON timeline(entity_id, at)
--;
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    first_name, last_name, email, phone, job_title, company_name, tags,
    content='contacts', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')
--;
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, first_name, last_name, email, phone, job_title, company_name, tags)
    VALUES (new.seq, new.first_name, new.last_name, new.email, new.phone, new.job_title, new.company_name, new.tags);
END
--;
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email, phone, job_title, company_name, tags)
    VALUES ('delete', old.seq, old.first_name, old.last_name, old.email, old.phone, old.job_title, old.company_name, old.tags);
END
--;
CREATE TRIGGER contacts_fts_au AFTER UPDATE OF first_name, last_name, email, phone, job_title, company_name, tags
ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email, phone, job_title, company_name, tags)
    VALUES ('delete', old.seq, old.first_name, old.last_name, old.email, old.phone, old.job_title, old.company_name, old.tags);
    INSERT INTO contacts_fts(rowid, first_name, last_name, email, phone, job_title, company_name, tags)
    VALUES (new.seq, new.first_name, new.last_name, new.email, new.phone, new.job_title, new.company_name, new.tags);
END
--;
CREATE VIRTUAL TABLE companies_fts USING fts5(
    name, domain, industry, address,
    content='companies', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')
--;
CREATE TRIGGER companies_fts_ai AFTER INSERT ON companies BEGIN
    INSERT INTO companies_fts(rowid, name, domain, industry, address)
    VALUES (new.seq, new.name, new.domain, new.industry, new.address);
END
--;
CREATE TRIGGER companies_fts_ad AFTER DELETE ON companies BEGIN
    INSERT INTO companies_fts(companies_fts, rowid, name, domain, industry, address)
    VALUES ('delete', old.seq, old.name, old.domain, old.industry, old.address);
END
--;
CREATE TRIGGER companies_fts_au AFTER UPDATE OF name, domain, industry, address ON companies BEGIN
    INSERT INTO companies_fts(companies_fts, rowid, name, domain, industry, address)
    VALUES ('delete', old.seq, old.name, old.domain, old.industry, old.address);
    INSERT INTO companies_fts(rowid, name, domain, industry, address)
    VALUES (new.seq, new.name, new.domain, new.industry, new.address);
END
--;
CREATE VIRTUAL TABLE deals_fts USING fts5(
    title, company_name, owner,
    content='deals', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')
--;
CREATE TRIGGER deals_fts_ai AFTER INSERT ON deals BEGIN
    INSERT INTO deals_fts(rowid, title, company_name, owner) VALUES (new.seq, new.title, new.company_name, new.owner);
END
--;
CREATE TRIGGER deals_fts_ad AFTER DELETE ON deals BEGIN
    INSERT INTO deals_fts(deals_fts, rowid, title, company_name, owner)
    VALUES ('delete', old.seq, old.title, old.company_name, old.owner);
END
--;
CREATE TRIGGER deals_fts_au AFTER UPDATE OF title, company_name, owner ON deals BEGIN
    INSERT INTO deals_fts(deals_fts, rowid, title, company_name, owner)
    VALUES ('delete', old.seq, old.title, old.company_name, old.owner);
    INSERT INTO deals_fts(rowid, title, company_name, owner) VALUES (new.seq, new.title, new.company_name, new.owner);
END
