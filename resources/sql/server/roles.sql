-- Loopline team server: group roles, grants and row-level security (ServerSetup::initialise).
-- Run by the owner of the tables, in one transaction, after the migrations; every statement
-- can run again, so running the whole file again is the upgrade. Statements are separated by
-- lines holding only "--;"; other lines starting with "--" are comments and are dropped.
--
-- Placeholders, filled in by ServerSetup before a statement is sent:
--   {admin} {manager} {sales} {sdr} {booth}  this database's group roles (plain identifiers)
--   {staff}       {admin}, {manager}: see and change everything
--   {restricted}  {sales}, {sdr}, {booth}: see and change what the policies below allow
--   {everyone}    all five
--   {admin_name} ... {booth_name}  the same role names as string literals
--   {schema}      the schema of the tables, quoted
--   {me}          (SELECT loopline_me()): the team member name of the connected login
--   {new_leads}   (SELECT loopline_leads_written_now()): leads inserted in this transaction
--
-- Owners of records are team member names (team_members.name), as owner, sdr and author
-- columns hold them; loopline_me() maps the login (team_members.login) to that name.
-- The table owner and superusers bypass row-level security (it is not forced).

-- Who am I: the team member name of a login, by default of the current one. The default
-- argument is evaluated by the caller, so it names the caller even though the function runs
-- as its owner (SECURITY DEFINER: it needs no grant on team_members to work).
CREATE OR REPLACE FUNCTION loopline_me(member name DEFAULT current_user) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT name FROM team_members WHERE login = member::text
$$
--;
-- The Loopline role of a login: admin, manager, sales, sdr or booth, from its group role
-- (the strongest one when it has several); superusers and the owner of the tables are
-- admin; NULL for a login that is none of these.
CREATE OR REPLACE FUNCTION loopline_my_role(member name DEFAULT current_user) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT CASE
        WHEN pg_has_role(member, {admin_name}, 'USAGE')
          OR pg_has_role(member, (SELECT relowner FROM pg_class WHERE oid = 'leads'::regclass), 'USAGE')
            THEN 'admin'
        WHEN pg_has_role(member, {manager_name}, 'USAGE') THEN 'manager'
        WHEN pg_has_role(member, {sales_name}, 'USAGE') THEN 'sales'
        WHEN pg_has_role(member, {sdr_name}, 'USAGE') THEN 'sdr'
        WHEN pg_has_role(member, {booth_name}, 'USAGE') THEN 'booth'
    END
$$
--;
-- True for a sales rep, SDR or booth login: one that row-level security limits.
CREATE OR REPLACE FUNCTION loopline_restricted() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT (pg_has_role(current_user, {sales_name}, 'USAGE') OR pg_has_role(current_user, {sdr_name}, 'USAGE')
            OR pg_has_role(current_user, {booth_name}, 'USAGE'))
       AND NOT pg_has_role(current_user, {admin_name}, 'USAGE')
       AND NOT pg_has_role(current_user, {manager_name}, 'USAGE')
$$
--;
-- The leads a restricted login inserted in the transaction still open. Creating a lead
-- reads it back and updates it (score, campaign, hand-off) before the commit, after which
-- it may no longer be the writer's to see (a booth lead goes to sales at once). Filled by a
-- trigger; nobody but the owner reads or writes the table itself. A row names its server
-- run too, so that a row copied to another server (a dump restored there) never matches a
-- transaction of that server's.
CREATE TABLE IF NOT EXISTS loopline_rls_new_leads (
    xact       xid8        NOT NULL,
    lead_id    TEXT        NOT NULL,
    server_run timestamptz NOT NULL DEFAULT pg_postmaster_start_time(),
    PRIMARY KEY (xact, lead_id)
)
--;
CREATE OR REPLACE FUNCTION loopline_leads_written_now() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT lead_id FROM loopline_rls_new_leads
     WHERE xact = pg_current_xact_id_if_assigned() AND server_run = pg_postmaster_start_time()
$$
--;
CREATE OR REPLACE FUNCTION loopline_note_new_lead() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    INSERT INTO loopline_rls_new_leads (xact, lead_id) VALUES (pg_current_xact_id(), NEW.id)
    ON CONFLICT DO NOTHING;
    -- Rows of finished transactions serve nobody: clear a few, never waiting for another writer.
    DELETE FROM loopline_rls_new_leads WHERE ctid IN (
        SELECT ctid FROM loopline_rls_new_leads
         WHERE xact < pg_snapshot_xmin(pg_current_snapshot()) OR server_run <> pg_postmaster_start_time()
         LIMIT 100 FOR UPDATE SKIP LOCKED);
    RETURN NULL;
END
$$
--;
DROP TRIGGER IF EXISTS leads_rls_new ON leads
--;
CREATE TRIGGER leads_rls_new AFTER INSERT ON leads
    FOR EACH ROW WHEN (loopline_restricted()) EXECUTE FUNCTION loopline_note_new_lead()
--;
-- Linking a contact to a deal needs the contact to be visible. The policy of
-- deal_contacts cannot query contacts itself (the policy of contacts reads deal_contacts:
-- PostgreSQL refuses the loop); a function is planned on its own, under the caller's rights.
CREATE OR REPLACE FUNCTION loopline_sees_contact(contact text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM contacts WHERE id = contact)
$$
--;
-- Whether anybody but the member has a record that uses a contact or company: deleting it
-- would take it from their deals, leads or contacts (links go with it), so a rep may not.
CREATE OR REPLACE FUNCTION loopline_used_by_others(kind text, record text, member text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT CASE kind
        WHEN 'contact' THEN
            EXISTS (SELECT 1 FROM deal_contacts dc JOIN deals d ON d.id = dc.deal_id
                     WHERE dc.contact_id = record AND d.owner IS DISTINCT FROM member)
            OR EXISTS (SELECT 1 FROM leads WHERE contact_id = record AND owner IS DISTINCT FROM member)
        WHEN 'company' THEN
            EXISTS (SELECT 1 FROM deals WHERE company_id = record AND owner IS DISTINCT FROM member)
            OR EXISTS (SELECT 1 FROM contacts WHERE company_id = record AND owner IS DISTINCT FROM member)
            OR EXISTS (SELECT 1 FROM leads WHERE company_id = record AND owner IS DISTINCT FROM member)
        ELSE true
    END
$$
--;
REVOKE ALL ON FUNCTION loopline_used_by_others(text, text, text) FROM PUBLIC
--;
GRANT EXECUTE ON FUNCTION loopline_used_by_others(text, text, text) TO {staff}, {sales}
--;
-- Who already has a contact with an e-mail address or a phone number (its last ten digits),
-- by name only: a rep converting a lead learns that a colleague knows the person, rather
-- than making a second contact of someone they cannot see.
CREATE OR REPLACE FUNCTION loopline_contact_owners(wanted_email text, wanted_digits text) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT DISTINCT c.owner FROM contacts c
     WHERE c.owner IS NOT NULL AND c.owner <> ''
       AND (EXISTS (SELECT 1 FROM contact_emails e
                     WHERE e.contact_id = c.id AND wanted_email <> '' AND lower(e.address) = lower(wanted_email))
         OR EXISTS (SELECT 1 FROM contact_phones p
                     WHERE p.contact_id = c.id AND length(wanted_digits) >= 6
                       AND right(replace(replace(replace(replace(replace(replace(replace(p.number, ' ', ''),
                           '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), 10) = wanted_digits))
     ORDER BY 1
$$
--;
REVOKE ALL ON FUNCTION loopline_contact_owners(text, text) FROM PUBLIC
--;
GRANT EXECUTE ON FUNCTION loopline_contact_owners(text, text) TO {staff}, {sales}
--;
-- What the booth form shows without seeing any lead: how many leads the event has had since
-- a moment, and how many contacts and leads already have an e-mail or phone (counts only).
CREATE OR REPLACE FUNCTION loopline_booth_captured(event text, since_ms bigint) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT COUNT(*) FROM leads WHERE source_id = 'trade_show' AND campaign = event AND received_at >= since_ms
$$
--;
CREATE OR REPLACE FUNCTION loopline_booth_duplicates(wanted_email text, wanted_phone text,
                                                     OUT contacts bigint, OUT leads bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT (SELECT COUNT(DISTINCT e.contact_id) FROM contact_emails e
             WHERE wanted_email <> '' AND lower(e.address) = lower(wanted_email))
         + (SELECT COUNT(DISTINCT p.contact_id) FROM contact_phones p
             WHERE wanted_phone <> '' AND p.number = wanted_phone),
           (SELECT COUNT(*) FROM leads l
             WHERE wanted_email <> '' AND l.email IN (wanted_email, lower(wanted_email)))
         + (SELECT COUNT(*) FROM leads l WHERE wanted_phone <> '' AND l.phone = wanted_phone)
$$
--;
REVOKE ALL ON FUNCTION loopline_booth_captured(text, bigint), loopline_booth_duplicates(text, text) FROM PUBLIC
--;
GRANT EXECUTE ON FUNCTION loopline_booth_captured(text, bigint), loopline_booth_duplicates(text, text)
    TO {staff}, {booth}
--;
-- Triggers write what no restricted role may write itself: the sync log and the board's
-- totals. They run as their owner, with a search path nobody else can put objects on.
ALTER FUNCTION loopline_sync_capture() SECURITY DEFINER SET search_path = {schema}, pg_temp
--;
ALTER FUNCTION deal_totals_apply() SECURITY DEFINER SET search_path = {schema}, pg_temp
--;
ALTER FUNCTION loopline_sync_changes(bigint, integer) SECURITY DEFINER SET search_path = {schema}, pg_temp
--;
ALTER FUNCTION loopline_sync_changed(bigint) SECURITY DEFINER SET search_path = {schema}, pg_temp
--;
-- Advancing the server's sequence and clock is for the sync functions alone (they run as the
-- owner): called directly, it would let anyone move the clock far ahead.
DO $$
BEGIN
    IF to_regprocedure('loopline_sync_stamp(bigint)') IS NOT NULL THEN
        REVOKE ALL ON FUNCTION loopline_sync_stamp(bigint) FROM PUBLIC;
    END IF;
END
$$
--;

-- Grants. Restricted roles get exactly the tables named here, so a table a later schema adds
-- stays closed to them until this file names it (fail closed).
REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC
--;
GRANT USAGE ON SCHEMA {schema} TO {everyone}
--;
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}
--;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {everyone}
--;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {staff}
--;
REVOKE ALL ON loopline_rls_new_leads FROM {everyone}
--;
-- The schema's version and the server's sync log and clock are the owner's and its functions'.
REVOKE INSERT, UPDATE, DELETE ON schema_version, sync_server, sync_clock FROM {staff}
--;
-- Identity columns (seq) take their next value without a grant on the sequence; staff get
-- the sequences for maintenance.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {staff}
--;
-- Reference tables: everyone reads them, only staff change them.
GRANT SELECT ON schema_version, lead_sources, pipelines, deal_stages, stage_tasks, loss_reasons, competitors,
    currency_rates, settings, team_members, questionnaire_templates, questionnaire_versions, segments,
    segment_criteria, campaigns, collateral, erasures TO {restricted}
--;
-- Records: everyone may query them (so that joins work); the policies decide which rows.
GRANT SELECT ON companies, contacts, contact_emails, contact_phones, deals, deal_contacts, deal_competitors,
    deal_collateral, deal_stage_history, deal_totals, leads, lead_status_history, lead_signals, tasks, timeline,
    consent_events TO {restricted}
--;
GRANT INSERT, UPDATE, DELETE ON companies, contacts, contact_emails, contact_phones, deals, deal_contacts,
    deal_competitors, deal_collateral, leads, lead_signals, tasks TO {sales}
--;
GRANT INSERT ON deal_stage_history, lead_status_history, timeline TO {sales}
--;
GRANT INSERT, UPDATE ON consent_events TO {sales}
--;
GRANT INSERT, UPDATE, DELETE ON leads, lead_signals, tasks TO {sdr}
--;
GRANT INSERT ON lead_status_history, timeline, consent_events TO {sdr}
--;
GRANT INSERT, UPDATE ON leads TO {booth}
--;
GRANT INSERT ON lead_status_history, lead_signals, tasks, timeline, consent_events TO {booth}
--;
-- The round-robin turn of the hand-off (settings key handoff.last_rep) moves with every lead
-- handed to sales, whoever hands it.
GRANT INSERT, UPDATE, DELETE ON settings TO {restricted}
--;
-- Sync: the server's clock and log are read by every replica and written only by the sync
-- capture trigger (as its owner); a replica records what it pushed, and
-- conflicts sync like records.
GRANT SELECT ON sync_server, sync_clock TO {restricted}
--;
GRANT SELECT, INSERT, UPDATE ON sync_received, sync_conflicts TO {restricted}
--;

-- Row-level security. Every policy of this file is named loopline_*; all are dropped and
-- made again, so a policy a newer version no longer has does not linger.
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_policies
              WHERE schemaname = current_schema() AND policyname LIKE 'loopline\_%' LOOP
        EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
    END LOOP;
END
$$
--;
-- Staff see and change every row of every table under row-level security.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['companies', 'contacts', 'contact_emails', 'contact_phones', 'deals',
                             'deal_contacts', 'deal_competitors', 'deal_collateral', 'deal_stage_history',
                             'deal_totals', 'leads', 'lead_status_history', 'lead_signals', 'tasks',
                             'timeline', 'consent_events', 'settings', 'sync_conflicts'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY loopline_staff ON %I TO {staff} USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$
--;
ALTER TABLE loopline_rls_new_leads ENABLE ROW LEVEL SECURITY
--;

-- Leads. A sales rep has the leads they own; an SDR the queue and the leads they work; the
-- booth only the leads it is writing now. Anyone may add a lead (the booth only trade-show
-- leads), and reads it back until the commit.
CREATE POLICY loopline_sales_read ON leads FOR SELECT TO {sales}
    USING (owner = {me} OR id IN {new_leads})
--;
CREATE POLICY loopline_sales_add ON leads FOR INSERT TO {sales} WITH CHECK (true)
--;
CREATE POLICY loopline_sales_edit ON leads FOR UPDATE TO {sales}
    USING (owner = {me} OR id IN {new_leads})
    WITH CHECK (owner = {me} OR id IN {new_leads})
--;
CREATE POLICY loopline_sales_remove ON leads FOR DELETE TO {sales} USING (owner = {me})
--;
CREATE POLICY loopline_sdr_read ON leads FOR SELECT TO {sdr}
    USING (handoff = 'queue' OR sdr = {me} OR owner = {me} OR id IN {new_leads})
--;
CREATE POLICY loopline_sdr_add ON leads FOR INSERT TO {sdr} WITH CHECK (true)
--;
CREATE POLICY loopline_sdr_edit ON leads FOR UPDATE TO {sdr}
    USING (handoff = 'queue' OR sdr = {me} OR owner = {me} OR id IN {new_leads})
    WITH CHECK (handoff = 'queue' OR sdr = {me} OR owner = {me} OR id IN {new_leads})
--;
CREATE POLICY loopline_sdr_remove ON leads FOR DELETE TO {sdr}
    USING (handoff = 'queue' OR sdr = {me} OR owner = {me})
--;
CREATE POLICY loopline_booth_read ON leads FOR SELECT TO {booth} USING (id IN {new_leads})
--;
CREATE POLICY loopline_booth_add ON leads FOR INSERT TO {booth} WITH CHECK (source_id = 'trade_show')
--;
CREATE POLICY loopline_booth_edit ON leads FOR UPDATE TO {booth}
    USING (id IN {new_leads}) WITH CHECK (source_id = 'trade_show')
--;

-- What hangs off a lead follows the lead (the subqueries see leads through their policies).
CREATE POLICY loopline_read ON lead_status_history FOR SELECT TO {sales}, {sdr}
    USING (lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_add ON lead_status_history FOR INSERT TO {restricted}
    WITH CHECK (lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_read ON lead_signals FOR SELECT TO {sales}, {sdr}
    USING (lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_add ON lead_signals FOR INSERT TO {restricted}
    WITH CHECK (lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_edit ON lead_signals FOR UPDATE TO {sales}, {sdr}
    USING (lead_id IN (SELECT id FROM leads)) WITH CHECK (lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_remove ON lead_signals FOR DELETE TO {sales}, {sdr}
    USING (lead_id IN (SELECT id FROM leads))
--;

-- Deals: a sales rep's own, and nobody else's but staff's.
CREATE POLICY loopline_sales_read ON deals FOR SELECT TO {sales} USING (owner = {me})
--;
CREATE POLICY loopline_sales_add ON deals FOR INSERT TO {sales} WITH CHECK (owner = {me})
--;
CREATE POLICY loopline_sales_edit ON deals FOR UPDATE TO {sales} USING (owner = {me}) WITH CHECK (owner = {me})
--;
CREATE POLICY loopline_sales_remove ON deals FOR DELETE TO {sales} USING (owner = {me})
--;
CREATE POLICY loopline_read ON deal_stage_history FOR SELECT TO {sales} USING (deal_id IN (SELECT id FROM deals))
--;
CREATE POLICY loopline_add ON deal_stage_history FOR INSERT TO {sales}
    WITH CHECK (deal_id IN (SELECT id FROM deals))
--;
CREATE POLICY loopline_sales ON deal_competitors TO {sales}
    USING (deal_id IN (SELECT id FROM deals)) WITH CHECK (deal_id IN (SELECT id FROM deals))
--;
CREATE POLICY loopline_sales ON deal_collateral TO {sales}
    USING (deal_id IN (SELECT id FROM deals)) WITH CHECK (deal_id IN (SELECT id FROM deals))
--;
CREATE POLICY loopline_sales_read ON deal_contacts FOR SELECT TO {sales} USING (deal_id IN (SELECT id FROM deals))
--;
CREATE POLICY loopline_sales_add ON deal_contacts FOR INSERT TO {sales}
    WITH CHECK (deal_id IN (SELECT id FROM deals) AND loopline_sees_contact(contact_id))
--;
CREATE POLICY loopline_sales_edit ON deal_contacts FOR UPDATE TO {sales}
    USING (deal_id IN (SELECT id FROM deals))
    WITH CHECK (deal_id IN (SELECT id FROM deals) AND loopline_sees_contact(contact_id))
--;
CREATE POLICY loopline_sales_remove ON deal_contacts FOR DELETE TO {sales} USING (deal_id IN (SELECT id FROM deals))
--;

-- Contacts and companies: a sales rep's own, and those their leads and deals are about.
CREATE POLICY loopline_sales_read ON contacts FOR SELECT TO {sales}
    USING (owner = {me}
           OR id IN (SELECT contact_id FROM leads WHERE contact_id IS NOT NULL)
           OR id IN (SELECT contact_id FROM deal_contacts))
--;
CREATE POLICY loopline_sales_add ON contacts FOR INSERT TO {sales} WITH CHECK (owner = {me})
--;
CREATE POLICY loopline_sales_edit ON contacts FOR UPDATE TO {sales}
    USING (owner = {me}
           OR id IN (SELECT contact_id FROM leads WHERE contact_id IS NOT NULL)
           OR id IN (SELECT contact_id FROM deal_contacts))
    WITH CHECK (owner = {me}
           OR id IN (SELECT contact_id FROM leads WHERE contact_id IS NOT NULL)
           OR id IN (SELECT contact_id FROM deal_contacts))
--;
CREATE POLICY loopline_sales_remove ON contacts FOR DELETE TO {sales}
    USING (owner = {me} AND NOT loopline_used_by_others('contact', id, {me}))
--;
CREATE POLICY loopline_sales ON contact_emails TO {sales}
    USING (contact_id IN (SELECT id FROM contacts)) WITH CHECK (contact_id IN (SELECT id FROM contacts))
--;
CREATE POLICY loopline_sales ON contact_phones TO {sales}
    USING (contact_id IN (SELECT id FROM contacts)) WITH CHECK (contact_id IN (SELECT id FROM contacts))
--;
CREATE POLICY loopline_sales_read ON companies FOR SELECT TO {sales}
    USING (owner = {me}
           OR id IN (SELECT company_id FROM deals WHERE company_id IS NOT NULL)
           OR id IN (SELECT company_id FROM leads WHERE company_id IS NOT NULL)
           OR id IN (SELECT company_id FROM contacts WHERE company_id IS NOT NULL))
--;
CREATE POLICY loopline_sales_add ON companies FOR INSERT TO {sales} WITH CHECK (owner = {me})
--;
CREATE POLICY loopline_sales_edit ON companies FOR UPDATE TO {sales}
    USING (owner = {me}
           OR id IN (SELECT company_id FROM deals WHERE company_id IS NOT NULL)
           OR id IN (SELECT company_id FROM leads WHERE company_id IS NOT NULL)
           OR id IN (SELECT company_id FROM contacts WHERE company_id IS NOT NULL))
    WITH CHECK (owner = {me}
           OR id IN (SELECT company_id FROM deals WHERE company_id IS NOT NULL)
           OR id IN (SELECT company_id FROM leads WHERE company_id IS NOT NULL)
           OR id IN (SELECT company_id FROM contacts WHERE company_id IS NOT NULL))
--;
CREATE POLICY loopline_sales_remove ON companies FOR DELETE TO {sales}
    USING (owner = {me} AND NOT loopline_used_by_others('company', id, {me}))
--;

-- Consent follows the contact or the lead it was given for.
CREATE POLICY loopline_sales ON consent_events FOR SELECT TO {sales}
    USING (contact_id IN (SELECT id FROM contacts) OR lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_sales_add ON consent_events FOR INSERT TO {sales}
    WITH CHECK (contact_id IN (SELECT id FROM contacts) OR lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_sales_edit ON consent_events FOR UPDATE TO {sales}
    USING (contact_id IN (SELECT id FROM contacts) OR lead_id IN (SELECT id FROM leads))
    WITH CHECK (contact_id IN (SELECT id FROM contacts) OR lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_sdr ON consent_events FOR SELECT TO {sdr}
    USING (contact_id IS NULL AND lead_id IN (SELECT id FROM leads))
--;
CREATE POLICY loopline_lead_add ON consent_events FOR INSERT TO {sdr}, {booth}
    WITH CHECK (contact_id IS NULL AND lead_id IN (SELECT id FROM leads))
--;

-- Tasks: one's own, and those about a record one sees.
CREATE POLICY loopline_sales ON tasks TO {sales}
    USING (owner = {me} OR CASE entity
        WHEN 'lead' THEN entity_id IN (SELECT id FROM leads)
        WHEN 'deal' THEN entity_id IN (SELECT id FROM deals)
        WHEN 'contact' THEN entity_id IN (SELECT id FROM contacts)
        WHEN 'company' THEN entity_id IN (SELECT id FROM companies)
        ELSE false END)
    WITH CHECK (owner = {me} OR CASE entity
        WHEN 'lead' THEN entity_id IN (SELECT id FROM leads)
        WHEN 'deal' THEN entity_id IN (SELECT id FROM deals)
        WHEN 'contact' THEN entity_id IN (SELECT id FROM contacts)
        WHEN 'company' THEN entity_id IN (SELECT id FROM companies)
        ELSE false END)
--;
CREATE POLICY loopline_sdr ON tasks TO {sdr}
    USING (owner = {me} OR (entity = 'lead' AND entity_id IN (SELECT id FROM leads)))
    WITH CHECK (owner = {me} OR (entity = 'lead' AND entity_id IN (SELECT id FROM leads)))
--;
-- The booth's lead goes to a rep with a follow-up task for them.
CREATE POLICY loopline_booth_add ON tasks FOR INSERT TO {booth}
    WITH CHECK (entity = 'lead' AND entity_id IN (SELECT id FROM leads))
--;

-- Timelines follow their record; a campaign's is everyone's, as campaigns are.
CREATE POLICY loopline_sales_read ON timeline FOR SELECT TO {sales}
    USING (CASE entity
        WHEN 'lead' THEN entity_id IN (SELECT id FROM leads)
        WHEN 'deal' THEN entity_id IN (SELECT id FROM deals)
        WHEN 'contact' THEN entity_id IN (SELECT id FROM contacts)
        WHEN 'company' THEN entity_id IN (SELECT id FROM companies)
        WHEN 'campaign' THEN true
        ELSE false END)
--;
CREATE POLICY loopline_sales_add ON timeline FOR INSERT TO {sales}
    WITH CHECK (CASE entity
        WHEN 'lead' THEN entity_id IN (SELECT id FROM leads)
        WHEN 'deal' THEN entity_id IN (SELECT id FROM deals)
        WHEN 'contact' THEN entity_id IN (SELECT id FROM contacts)
        WHEN 'company' THEN entity_id IN (SELECT id FROM companies)
        ELSE false END)
--;
CREATE POLICY loopline_sdr_read ON timeline FOR SELECT TO {sdr}
    USING (CASE entity
        WHEN 'lead' THEN entity_id IN (SELECT id FROM leads)
        WHEN 'campaign' THEN true
        ELSE false END)
--;
CREATE POLICY loopline_lead_add ON timeline FOR INSERT TO {sdr}, {booth}
    WITH CHECK (entity = 'lead' AND entity_id IN (SELECT id FROM leads))
--;

-- Settings: everyone reads them; only the hand-off's round-robin turn moves for everyone.
CREATE POLICY loopline_read ON settings FOR SELECT TO {restricted} USING (true)
--;
CREATE POLICY loopline_turn_add ON settings FOR INSERT TO {restricted} WITH CHECK (key = 'handoff.last_rep')
--;
CREATE POLICY loopline_turn_edit ON settings FOR UPDATE TO {restricted}
    USING (key = 'handoff.last_rep') WITH CHECK (key = 'handoff.last_rep')
--;
CREATE POLICY loopline_turn_remove ON settings FOR DELETE TO {restricted} USING (key = 'handoff.last_rep')
--;

-- The board's totals count every rep's deals: staff only (a rep's board filters by owner and
-- sums their own deals). Restricted roles may query the table and see no rows.

-- What a replica pushed is counted per login: a login reads and moves only its own counts, so
-- it cannot make another person's replica skip changes.
ALTER TABLE sync_received ENABLE ROW LEVEL SECURITY
--;
CREATE POLICY loopline_own_pushes ON sync_received TO {everyone}
    USING (login = session_user::text) WITH CHECK (login = session_user::text)
--;
-- The server's sync clock says who changed which field of a record, and when: a restricted
-- login reads it for the records it may see, and the deletions (a tombstone names only the
-- key). What changed since a sequence, its own records or not, it learns by key alone from
-- loopline_sync_changes(). The visibility test is made from the synced tables' keys.
ALTER TABLE sync_clock ENABLE ROW LEVEL SECURITY
--;
CREATE POLICY loopline_staff ON sync_clock FOR SELECT TO {staff} USING (true)
--;
CREATE POLICY loopline_read ON sync_clock FOR SELECT TO {restricted} USING (field = '*' OR {clock_visible})
--;
-- A sync conflict is seen by the two people whose edits met (their logins), and by staff.
CREATE POLICY loopline_authors ON sync_conflicts TO {restricted}
    USING (kept_author = current_user::text OR other_author = current_user::text)
    WITH CHECK (kept_author = current_user::text OR other_author = current_user::text)
