-- A delivery now has a state. An intent is written (pending) before chat.postMessage leaves, so a
-- crash or a lost answer leaves a trace to check Slack against (by the delivery key in the message
-- metadata) instead of sending again blindly; it becomes sent the moment Slack answers, or refused
-- when Slack refuses that recipient for good. The table is rebuilt because sent_at was NOT NULL.
ALTER TABLE job_deliveries RENAME TO job_deliveries_before_0010;

CREATE TABLE job_deliveries (
  job TEXT NOT NULL,
  period_key TEXT NOT NULL,
  recipient TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'refused')),
  channel TEXT,
  ts TEXT,
  sent_at TEXT,
  -- When the first chat.postMessage that may have reached Slack left: read-back looks from there.
  intent_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Slack's code for the last failure (user_disabled, http_500, timeout…).
  last_error TEXT,
  -- For pending deliveries that failed: not tried again before this instant.
  next_attempt_at TEXT,
  PRIMARY KEY (job, period_key, recipient)
) STRICT;

INSERT INTO job_deliveries (job, period_key, recipient, state, channel, ts, sent_at)
  SELECT job, period_key, recipient, 'sent', channel, ts, sent_at FROM job_deliveries_before_0010;

DROP TABLE job_deliveries_before_0010;

CREATE INDEX job_deliveries_pending ON job_deliveries (job, period_key) WHERE state = 'pending';

-- The IM channel with each member, kept so a DM's channel is known for read-back after a crash
-- and conversations.open (Tier 3) is called once per member, not once per fan-out.
CREATE TABLE im_channels (
  user_id TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  opened_at TEXT NOT NULL
) STRICT;
