-- Loopline schema 2 (SQLite): leads, their status history, behaviour signals,
-- qualification questionnaires, the team for hand-off, tasks and settings.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL DEFAULT ''
)
--;
-- Matching leads with existing records: e-mail and domain ignoring case, and phones
-- by their last ten digits (the candidates are then compared in E.164 by the app).
CREATE INDEX contact_emails_address_ci ON contact_emails(lower(address))
--;
CREATE INDEX companies_domain_ci ON companies(lower(domain))
--;
CREATE INDEX contact_phones_digits ON contact_phones((substr(replace(replace(replace(replace(replace(replace(replace(number, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), -10)))
--;
CREATE TABLE lead_sources (
    id       TEXT    PRIMARY KEY,
    name     TEXT    NOT NULL,
    position INTEGER NOT NULL
)
--;
INSERT INTO lead_sources (id, name, position) VALUES
    ('web_site', 'Web site', 1),
    ('landing_page', 'Landing page', 2),
    ('social', 'Social networks', 3),
    ('referral', 'Referral', 4),
    ('blog', 'Blog', 5),
    ('advertising', 'Advertising', 6),
    ('trade_show', 'Trade show', 7),
    ('partner', 'Partner', 8),
    ('other', 'Other', 9)
--;
CREATE TABLE team_members (
    seq       INTEGER PRIMARY KEY,
    id        TEXT    NOT NULL UNIQUE,
    name      TEXT    NOT NULL UNIQUE,
    role      TEXT    NOT NULL CHECK (role IN ('admin', 'manager', 'sdr', 'sales', 'booth')),
    territory TEXT    NOT NULL DEFAULT '',
    segment   TEXT    NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1
)
--;
CREATE TABLE questionnaire_templates (
    seq             INTEGER PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    product         TEXT    NOT NULL DEFAULT '',
    current_version INTEGER NOT NULL DEFAULT 1,
    archived        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
)
--;
CREATE TABLE questionnaire_versions (
    id          TEXT    PRIMARY KEY,
    template_id TEXT    NOT NULL REFERENCES questionnaire_templates(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    fields      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    author      TEXT    NOT NULL DEFAULT '',
    UNIQUE (template_id, version)
)
--;
INSERT INTO questionnaire_templates (id, name, product, current_version, created_at, updated_at)
    VALUES ('bant', 'BANT', '', 1, 0, 0)
--;
INSERT INTO questionnaire_versions (id, template_id, version, fields, created_at, author) VALUES ('bant-1', 'bant', 1,
    '[{"key":"budget","label":"Budget","type":"money","required":true,"help":"The budget the client has set aside for this purchase."},' ||
    '{"key":"authority","label":"Decision maker","type":"yesno","required":true,"help":"Does this person decide on the purchase, or have the decision maker''s mandate?"},' ||
    '{"key":"need","label":"Need","type":"text","required":true,"help":"The problem the client wants solved, in their words."},' ||
    '{"key":"timeframe","label":"Timeframe","type":"choice","required":true,"help":"When the client means to buy.","choices":["Within a month","In 1–3 months","In 3–6 months","Later or unknown"]}]',
    0, '')
--;
CREATE TABLE leads (
    seq                      INTEGER PRIMARY KEY,
    id                       TEXT    NOT NULL UNIQUE,
    first_name               TEXT    NOT NULL DEFAULT '',
    last_name                TEXT    NOT NULL DEFAULT '',
    email                    TEXT    NOT NULL DEFAULT '',
    phone                    TEXT    NOT NULL DEFAULT '',
    job_title                TEXT    NOT NULL DEFAULT '',
    company_name             TEXT    NOT NULL DEFAULT '',
    contact_id               TEXT    REFERENCES contacts(id) ON DELETE SET NULL,
    company_id               TEXT    REFERENCES companies(id) ON DELETE SET NULL,
    deal_id                  TEXT    REFERENCES deals(id) ON DELETE SET NULL,
    source_id                TEXT    NOT NULL REFERENCES lead_sources(id),
    campaign                 TEXT    NOT NULL DEFAULT '',
    territory                TEXT    NOT NULL DEFAULT '',
    segment                  TEXT    NOT NULL DEFAULT '',
    interest                 TEXT    NOT NULL DEFAULT '',
    owner                    TEXT    NOT NULL DEFAULT '',
    sdr                      TEXT    NOT NULL DEFAULT '',
    status                   TEXT    NOT NULL DEFAULT 'new',
    max_step                 INTEGER NOT NULL DEFAULT 1,
    handoff                  TEXT    NOT NULL DEFAULT 'queue' CHECK (handoff IN ('queue', 'sales', 'nurture')),
    rating                   TEXT    NOT NULL DEFAULT '' CHECK (rating IN ('', 'hot', 'warm', 'cold')),
    temperature              TEXT    NOT NULL DEFAULT 'cold' CHECK (temperature IN ('hot', 'warm', 'cold')),
    score                    INTEGER NOT NULL DEFAULT 0,
    questionnaire_version_id TEXT    REFERENCES questionnaire_versions(id),
    answers                  TEXT    NOT NULL DEFAULT '',
    questionnaire_complete   INTEGER NOT NULL DEFAULT 0,
    received_at              INTEGER NOT NULL,
    sla_due_at               INTEGER NOT NULL,
    first_response_at        INTEGER,
    first_response_ms        INTEGER,
    mql_at                   INTEGER,
    sql_at                   INTEGER,
    sal_at                   INTEGER,
    converted_at             INTEGER,
    disqualify_reason        TEXT    NOT NULL DEFAULT '',
    partner                  TEXT    NOT NULL DEFAULT '',
    commission_bp            INTEGER NOT NULL DEFAULT 0,
    partner_deal_minor       INTEGER,
    partner_currency         TEXT    NOT NULL DEFAULT '',
    commission_minor         INTEGER,
    notes                    TEXT    NOT NULL DEFAULT '',
    created_at               INTEGER NOT NULL,
    updated_at               INTEGER NOT NULL
)
--;
CREATE INDEX leads_queue ON leads(sla_due_at) WHERE status = 'new' AND handoff = 'queue'
--;
CREATE INDEX leads_name ON leads(last_name, first_name)
--;
CREATE INDEX leads_company_name ON leads(company_name)
--;
CREATE INDEX leads_email ON leads(email)
--;
CREATE INDEX leads_source ON leads(source_id)
--;
CREATE INDEX leads_status ON leads(status)
--;
CREATE INDEX leads_temperature ON leads(temperature)
--;
CREATE INDEX leads_owner ON leads(owner)
--;
CREATE INDEX leads_received ON leads(received_at)
--;
CREATE INDEX leads_sdr ON leads(sdr, first_response_at)
--;
CREATE INDEX leads_contact ON leads(contact_id)
--;
CREATE INDEX leads_company ON leads(company_id)
--;
CREATE INDEX leads_deal ON leads(deal_id)
--;
CREATE TABLE lead_status_history (
    seq         INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    lead_id     TEXT    NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    from_status TEXT    NOT NULL DEFAULT '',
    to_status   TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    author      TEXT    NOT NULL DEFAULT '',
    comment     TEXT    NOT NULL DEFAULT ''
)
--;
CREATE INDEX lead_status_history_lead ON lead_status_history(lead_id, at)
--;
CREATE TABLE lead_signals (
    seq           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    lead_id       TEXT    NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('site_visit', 'case_study_download', 'email_click',
                                                   'demo_watched', 'booth_conversation')),
    at            INTEGER NOT NULL,
    share_percent INTEGER NOT NULL DEFAULT 100 CHECK (share_percent BETWEEN 1 AND 100),
    note          TEXT    NOT NULL DEFAULT ''
)
--;
CREATE INDEX lead_signals_lead ON lead_signals(lead_id, at)
--;
CREATE TABLE tasks (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    title      TEXT    NOT NULL,
    owner      TEXT    NOT NULL DEFAULT '',
    due_at     INTEGER NOT NULL,
    done_at    INTEGER,
    entity     TEXT    NOT NULL DEFAULT '',
    entity_id  TEXT    NOT NULL DEFAULT '',
    notes      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)
--;
CREATE INDEX tasks_owner ON tasks(owner, done_at, due_at)
--;
CREATE INDEX tasks_entity ON tasks(entity_id)
--;
CREATE VIRTUAL TABLE leads_fts USING fts5(
    first_name, last_name, email, phone, company_name, campaign,
    content='leads', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')
--;
CREATE TRIGGER leads_fts_ai AFTER INSERT ON leads BEGIN
    INSERT INTO leads_fts(rowid, first_name, last_name, email, phone, company_name, campaign)
    VALUES (new.seq, new.first_name, new.last_name, new.email, new.phone, new.company_name, new.campaign);
END
--;
CREATE TRIGGER leads_fts_ad AFTER DELETE ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, email, phone, company_name, campaign)
    VALUES ('delete', old.seq, old.first_name, old.last_name, old.email, old.phone, old.company_name, old.campaign);
END
--;
CREATE TRIGGER leads_fts_au AFTER UPDATE OF first_name, last_name, email, phone, company_name, campaign
ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, email, phone, company_name, campaign)
    VALUES ('delete', old.seq, old.first_name, old.last_name, old.email, old.phone, old.company_name, old.campaign);
    INSERT INTO leads_fts(rowid, first_name, last_name, email, phone, company_name, campaign)
    VALUES (new.seq, new.first_name, new.last_name, new.email, new.phone, new.company_name, new.campaign);
END
