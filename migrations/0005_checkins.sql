-- One-on-one check-ins: one row per member and round, feedback from managers, and pauses.

CREATE TABLE checkins (
  round_key TEXT NOT NULL,
  member_id TEXT NOT NULL REFERENCES members (user_id),
  due_at TEXT NOT NULL,
  closes_at TEXT NOT NULL,
  sent_at TEXT,
  channel TEXT,
  ts TEXT,
  answers_json TEXT,
  answered_at TEXT,
  reminded_at TEXT,
  PRIMARY KEY (round_key, member_id)
) STRICT;

CREATE INDEX checkins_member ON checkins (member_id, round_key);

CREATE TABLE checkin_pauses (
  member_id TEXT PRIMARY KEY REFERENCES members (user_id),
  until TEXT NOT NULL
) STRICT;

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  manager_id TEXT NOT NULL REFERENCES members (user_id),
  member_id TEXT NOT NULL REFERENCES members (user_id),
  month_key TEXT NOT NULL,
  went_well TEXT NOT NULL,
  improve TEXT NOT NULL,
  goal TEXT NOT NULL,
  given_at TEXT NOT NULL,
  idempotency_key TEXT UNIQUE
) STRICT;

CREATE INDEX feedback_member ON feedback (member_id, given_at);
