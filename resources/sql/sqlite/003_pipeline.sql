-- Loopline schema 3 (SQLite): pipelines of stages, each deal's stage history, follow-up
-- tasks per stage, currency rates for board totals, loss reasons and competitors.
-- (SQLite cannot add a column with a REFERENCES clause and a non-NULL default, so
-- deal_stages.pipeline_id is checked by the store; PostgreSQL has the foreign key.)
CREATE TABLE pipelines (
    id       TEXT    PRIMARY KEY,
    name     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
)
--;
INSERT INTO pipelines (id, name, position) VALUES ('default', 'Sales', 1)
--;
ALTER TABLE deal_stages ADD COLUMN pipeline_id TEXT NOT NULL DEFAULT 'default'
--;
CREATE INDEX deal_stages_pipeline ON deal_stages(pipeline_id, position)
--;
ALTER TABLE deals ADD COLUMN stage_entered_at INTEGER
--;
UPDATE deals SET stage_entered_at = updated_at
--;
ALTER TABLE deals ADD COLUMN closed_at INTEGER
--;
ALTER TABLE deals ADD COLUMN lost_reason_id TEXT
--;
ALTER TABLE deals ADD COLUMN won_by_competitor_id TEXT
--;
ALTER TABLE deals ADD COLUMN segment TEXT NOT NULL DEFAULT ''
--;
CREATE INDEX deals_board ON deals(stage_id, status, stage_entered_at)
--;
CREATE TABLE deal_stage_history (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    deal_id    TEXT    NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage TEXT    NOT NULL DEFAULT '',
    to_stage   TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    author     TEXT    NOT NULL DEFAULT ''
)
--;
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, at)
--;
INSERT INTO deal_stage_history (id, deal_id, from_stage, to_stage, at, author)
    SELECT 'migrated-' || id, id, '', stage_id, created_at, owner FROM deals
--;
CREATE TABLE stage_tasks (
    id       TEXT    PRIMARY KEY,
    stage_id TEXT    NOT NULL REFERENCES deal_stages(id) ON DELETE CASCADE,
    title    TEXT    NOT NULL,
    due_days INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0
)
--;
CREATE INDEX stage_tasks_stage ON stage_tasks(stage_id, position)
--;
CREATE TABLE currency_rates (
    currency   TEXT    PRIMARY KEY,
    per_base   REAL    NOT NULL CHECK (per_base > 0),
    updated_at INTEGER NOT NULL
)
--;
CREATE TABLE loss_reasons (
    id               TEXT    PRIMARY KEY,
    name             TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    needs_competitor INTEGER NOT NULL DEFAULT 0,
    archived         INTEGER NOT NULL DEFAULT 0
)
--;
INSERT INTO loss_reasons (id, name, position, needs_competitor) VALUES
    ('price', 'Price', 1, 0),
    ('product_fit', 'Product fit', 2, 0),
    ('lead_quality', 'Lead quality', 3, 0),
    ('seller_work', 'Seller''s work', 4, 0),
    ('timing', 'Timing', 5, 0),
    ('no_decision', 'No decision', 6, 0),
    ('competitor', 'Went to a competitor', 7, 1)
--;
CREATE TABLE competitors (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    website    TEXT    NOT NULL DEFAULT '',
    notes      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)
--;
CREATE INDEX competitors_name ON competitors(name)
--;
CREATE TABLE deal_competitors (
    deal_id       TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    competitor_id TEXT NOT NULL REFERENCES competitors(id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, competitor_id)
)
--;
CREATE INDEX deal_competitors_competitor ON deal_competitors(competitor_id)
--;
-- Open deals per stage and currency, kept by triggers, so the board's column totals cost
-- the same at a hundred deals or a hundred thousand.
CREATE TABLE deal_totals (
    stage_id   TEXT    NOT NULL,
    currency   TEXT    NOT NULL,
    open_count INTEGER NOT NULL DEFAULT 0,
    open_value INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (stage_id, currency)
)
--;
INSERT INTO deal_totals (stage_id, currency, open_count, open_value)
    SELECT stage_id, currency, COUNT(*), SUM(value_minor) FROM deals WHERE status = 'open' GROUP BY stage_id, currency
--;
CREATE TRIGGER deal_totals_ai AFTER INSERT ON deals WHEN new.status = 'open' BEGIN
    INSERT INTO deal_totals (stage_id, currency, open_count, open_value)
    VALUES (new.stage_id, new.currency, 1, new.value_minor)
    ON CONFLICT (stage_id, currency) DO UPDATE SET open_count = open_count + 1,
        open_value = open_value + excluded.open_value;
END
--;
CREATE TRIGGER deal_totals_ad AFTER DELETE ON deals WHEN old.status = 'open' BEGIN
    UPDATE deal_totals SET open_count = open_count - 1, open_value = open_value - old.value_minor
    WHERE stage_id = old.stage_id AND currency = old.currency;
END
--;
CREATE TRIGGER deal_totals_au AFTER UPDATE OF stage_id, currency, value_minor, status ON deals BEGIN
    UPDATE deal_totals SET open_count = open_count - 1, open_value = open_value - old.value_minor
    WHERE old.status = 'open' AND stage_id = old.stage_id AND currency = old.currency;
    INSERT INTO deal_totals (stage_id, currency, open_count, open_value)
    SELECT new.stage_id, new.currency, 1, new.value_minor WHERE new.status = 'open'
    ON CONFLICT (stage_id, currency) DO UPDATE SET open_count = open_count + 1,
        open_value = open_value + excluded.open_value;
END
