-- Deals that wait are shown, and do not wait forever (issue 15, ADR 28).
-- A deal whose "Are you sure?" is never answered expires: `decision` gains 'expired'. SQLite cannot
-- change a CHECK in place, so the table is rebuilt as it was with the wider CHECK; nothing refers to
-- pending_deals, so the rebuild touches no other table.
CREATE TABLE pending_deals_new (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('confirm', 'approval')),
  member_id TEXT NOT NULL REFERENCES members (user_id),
  logged_by TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  input_json TEXT NOT NULL,
  reason_json TEXT,
  created_at TEXT NOT NULL,
  decided_at TEXT,
  decision TEXT CHECK (decision IN ('confirmed', 'cancelled', 'approved', 'rejected', 'expired')),
  decided_by TEXT,
  deal_id INTEGER REFERENCES deals (id),
  external_id TEXT,
  edit_of INTEGER REFERENCES deals (id)
) STRICT;

INSERT INTO pending_deals_new
  (id, kind, member_id, logged_by, amount_cents, input_json, reason_json, created_at, decided_at,
   decision, decided_by, deal_id, external_id, edit_of)
SELECT id, kind, member_id, logged_by, amount_cents, input_json, reason_json, created_at, decided_at,
   decision, decided_by, deal_id, external_id, edit_of
FROM pending_deals;

DROP TABLE pending_deals;
ALTER TABLE pending_deals_new RENAME TO pending_deals;

CREATE INDEX pending_deals_open ON pending_deals (member_id) WHERE decided_at IS NULL;
CREATE UNIQUE INDEX pending_deals_external_id ON pending_deals (external_id)
  WHERE external_id IS NOT NULL AND edit_of IS NULL;
CREATE INDEX pending_deals_open_edits ON pending_deals (edit_of)
  WHERE edit_of IS NOT NULL AND decided_at IS NULL;
-- Every deal still waiting, oldest first: a manager's App Home ("waiting for your approval"), the
-- API's `status=waiting` and the fair-play job read this, never the decided history.
CREATE INDEX pending_deals_open_since ON pending_deals (created_at, id) WHERE decided_at IS NULL;
