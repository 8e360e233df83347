-- Loopline schema 4 (SQLite): campaigns and events with their plan and actual figures;
-- leads point at the campaign that brought them.
CREATE TABLE campaigns (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT    NOT NULL UNIQUE,
    name                TEXT    NOT NULL,
    kind                TEXT    NOT NULL DEFAULT 'campaign' CHECK (kind IN ('campaign', 'event')),
    channel             TEXT    NOT NULL DEFAULT '',
    starts_on           TEXT    NOT NULL DEFAULT '',
    ends_on             TEXT    NOT NULL DEFAULT '',
    currency            TEXT    NOT NULL DEFAULT 'EUR',
    budget_minor        INTEGER NOT NULL DEFAULT 0,
    actual_cost_minor   INTEGER,
    plan_reach          INTEGER NOT NULL DEFAULT 0,
    plan_visits         INTEGER NOT NULL DEFAULT 0,
    plan_leads          INTEGER NOT NULL DEFAULT 0,
    plan_mql            INTEGER NOT NULL DEFAULT 0,
    plan_sql            INTEGER NOT NULL DEFAULT 0,
    plan_won            INTEGER NOT NULL DEFAULT 0,
    plan_revenue_minor  INTEGER NOT NULL DEFAULT 0,
    actual_reach        INTEGER NOT NULL DEFAULT 0,
    actual_visits       INTEGER NOT NULL DEFAULT 0,
    notes               TEXT    NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
)
--;
CREATE INDEX campaigns_name ON campaigns(name)
--;
CREATE INDEX campaigns_starts ON campaigns(starts_on)
--;
ALTER TABLE leads ADD COLUMN campaign_id TEXT
--;
CREATE INDEX leads_campaign_id ON leads(campaign_id)
--;
-- A rep's own board: open deals by owner, with what its totals read, in the index itself.
CREATE INDEX deals_owner_board ON deals(owner, status, stage_id, currency, value_minor)
