-- Recognition: kudos between colleagues, customer satisfaction scores, and award results kept as
-- announced, so later edits of old deals never rewrite history.

CREATE TABLE kudos (
  id INTEGER PRIMARY KEY,
  giver_id TEXT NOT NULL REFERENCES members (user_id),
  receiver_id TEXT NOT NULL REFERENCES members (user_id),
  reason TEXT NOT NULL,
  channel_id TEXT,
  given_at TEXT NOT NULL,
  -- The team-local date, for the month the kudos counts in.
  given_on TEXT NOT NULL,
  batch_id TEXT NOT NULL
) STRICT;

CREATE INDEX kudos_given_on ON kudos (given_on, receiver_id);
CREATE INDEX kudos_giver ON kudos (giver_id, given_at);

CREATE TABLE satisfaction_scores (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  member_id TEXT NOT NULL REFERENCES members (user_id),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_on TEXT NOT NULL
) STRICT;

CREATE INDEX satisfaction_recorded_on ON satisfaction_scores (recorded_on, member_id);

CREATE TABLE award_results (
  award_id TEXT NOT NULL,
  period_key TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  winners_json TEXT NOT NULL,
  no_winner_reason TEXT,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (award_id, period_key)
) STRICT;
