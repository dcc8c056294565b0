-- Deals that come from outside Slack (CSV import, the REST API, CRM webhooks; issue #14, ADR 22).
-- external_id is the caller's own id for the deal: the same id twice is the same deal, so an import
-- or a webhook delivered again changes nothing. One database serves one workspace (ADR 6), so
-- "unique per team" is unique in the table. A deleted deal keeps its id: sending it again does not
-- bring it back.
ALTER TABLE deals ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX deals_external_id ON deals (external_id) WHERE external_id IS NOT NULL;

-- Where the deal came from, shown next to it; every deal logged before this was typed in Slack.
ALTER TABLE deals ADD COLUMN source TEXT NOT NULL DEFAULT 'slack'
  CHECK (source IN ('slack', 'import', 'api', 'hubspot'));

-- A member's email as Slack reports it (users.info with users:read.email), so an imported row or a
-- CRM record can name its owner by email. Compared in lower case.
ALTER TABLE members ADD COLUMN email TEXT;
CREATE INDEX members_email ON members (lower(email)) WHERE email IS NOT NULL;
