-- Bearer keys for the REST API (issue #14, ADR 23). Only a SHA-256 of each key is kept: a key is 32
-- random bytes, so a fast hash is as good as a slow one (nothing to guess), and a copy of the
-- database lets nobody call the API. `hint` is the key's first characters, shown in `/pacer api-key
-- list` so an admin can tell which key leaked. A revoked key keeps its row (the audit names it) and
-- its name stays taken until then; a new key may reuse the name of a revoked one.
CREATE TABLE api_keys (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  hint TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT,
  revoked_by TEXT
) STRICT;

CREATE UNIQUE INDEX api_keys_live_name ON api_keys (name_key) WHERE revoked_at IS NULL;
