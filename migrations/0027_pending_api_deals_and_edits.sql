-- Fair play for deals from the REST API and CRM webhooks, and for edits (issue 15, ADR 27).
-- external_id: an API deal that waits keeps its caller's id here, so a retry of the same id finds
-- this pending deal instead of logging a second one (the id moves to `deals` once it counts).
-- edit_of: a change to a live deal that waits; the deal keeps its old figures until it is confirmed
-- or approved, and is then changed as the pending input says.
ALTER TABLE pending_deals ADD COLUMN external_id TEXT;
ALTER TABLE pending_deals ADD COLUMN edit_of INTEGER REFERENCES deals (id);

CREATE UNIQUE INDEX pending_deals_external_id ON pending_deals (external_id)
  WHERE external_id IS NOT NULL AND edit_of IS NULL;
CREATE INDEX pending_deals_open_edits ON pending_deals (edit_of)
  WHERE edit_of IS NOT NULL AND decided_at IS NULL;
