-- Foundation: team structure, settings, audit log and the scheduler ledger.

CREATE TABLE regions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  archived_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE product_lines (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  archived_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- Filled lazily from users.info; role and structure are Pacer's own.
CREATE TABLE members (
  user_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  real_name TEXT,
  tz TEXT,
  slack_admin INTEGER NOT NULL DEFAULT 0 CHECK (slack_admin IN (0, 1)),
  is_bot INTEGER NOT NULL DEFAULT 0 CHECK (is_bot IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('admin', 'manager', 'rep')),
  region_id INTEGER REFERENCES regions (id),
  manager_id TEXT REFERENCES members (user_id),
  fetched_at TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX members_manager ON members (manager_id);

-- Settings admins change from Slack; environment values are only the initial defaults.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  before_json TEXT,
  after_json TEXT
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- A job runs at most once per period key; a run left 'running' is resumed, not restarted.
CREATE TABLE job_runs (
  job TEXT NOT NULL,
  period_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done')),
  trigger TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  last_error TEXT,
  PRIMARY KEY (job, period_key)
) STRICT;

-- One row per recipient of a fan-out, written right after Slack accepted the message.
CREATE TABLE job_deliveries (
  job TEXT NOT NULL,
  period_key TEXT NOT NULL,
  recipient TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  channel TEXT,
  ts TEXT,
  PRIMARY KEY (job, period_key, recipient)
) STRICT;
