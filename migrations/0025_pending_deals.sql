-- Deals that do not count yet (issue 15, fair play): one far above normal waits for its rep's
-- "yes, log it", one over the approval amount for a manager's decision. They live apart from
-- `deals`, so nothing that sums deals (leaderboards, targets, awards, rollups) can count them.
CREATE TABLE pending_deals (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('confirm', 'approval')),
  member_id TEXT NOT NULL REFERENCES members (user_id),
  logged_by TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  input_json TEXT NOT NULL,
  reason_json TEXT,
  created_at TEXT NOT NULL,
  decided_at TEXT,
  decision TEXT CHECK (decision IN ('confirmed', 'cancelled', 'approved', 'rejected')),
  decided_by TEXT,
  deal_id INTEGER REFERENCES deals (id)
) STRICT;

CREATE INDEX pending_deals_open ON pending_deals (member_id) WHERE decided_at IS NULL;

-- The median of a rep's deals and the team's largest deal, read before each /deal.
CREATE INDEX deals_live_member_amount ON deals (member_id, amount_cents) WHERE deleted_at IS NULL;
CREATE INDEX deals_live_amount ON deals (amount_cents) WHERE deleted_at IS NULL;
