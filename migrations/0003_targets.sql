-- Sales targets set explicitly for a scope and a period; implied ones are computed, never stored.

CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('team', 'member', 'region', 'product')),
  -- '' for the team, a Slack user id, or a region / product line id.
  scope_id TEXT NOT NULL,
  period_key TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  stretch_cents INTEGER CHECK (stretch_cents IS NULL OR stretch_cents >= amount_cents),
  split TEXT NOT NULL DEFAULT 'even' CHECK (split IN ('even', 'seasonal')),
  note TEXT,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL,
  UNIQUE (scope_kind, scope_id, period_key)
) STRICT;
