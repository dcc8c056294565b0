-- Targets told (issue 15): each target set or changed is told to the people it is for. One row per
-- recipient per version of a target, written in the same transaction as the target, so nobody is
-- told of a target that was not saved and a saved one always has its notices. The figures are the
-- version's own (the target row is replaced in place by the next change), so an acknowledgement
-- names exactly what was acknowledged.
CREATE TABLE target_notices (
  id INTEGER PRIMARY KEY,
  target_id INTEGER NOT NULL REFERENCES targets (id),
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('team', 'member', 'region', 'product')),
  scope_id TEXT NOT NULL,
  period_key TEXT NOT NULL,
  recipient TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  stretch_cents INTEGER,
  before_amount_cents INTEGER,
  before_stretch_cents INTEGER,
  note TEXT,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL,
  -- Who acknowledged is the recipient; when, the first click (later clicks change nothing).
  acked_at TEXT
) STRICT;

CREATE INDEX target_notices_recipient ON target_notices (recipient, target_id);
