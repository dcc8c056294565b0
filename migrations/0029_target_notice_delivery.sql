-- Targets told, delivered (ADR 26): where each notice's DM stands, so a DM that failed for a passing
-- reason is tried again by the target-told job, and `/target acks` can say whether it arrived.
-- waiting: not yet delivered (never tried, or a passing failure: told_error says which)
-- sent: Slack holds the DM; refused: Slack refuses the recipient for good (told_error);
-- superseded: a newer change of the same target was saved before this one could go out, so it is
-- not sent stale; expired: not delivered within a day of being set, no longer tried (told_error).
-- The ledger (job_deliveries, job target-told) stays the truth of what Slack was sent; this is its
-- summary per notice, which the job rewrites after each attempt.
ALTER TABLE target_notices ADD COLUMN told TEXT NOT NULL DEFAULT 'waiting'
  CHECK (told IN ('waiting', 'sent', 'refused', 'superseded', 'expired'));
ALTER TABLE target_notices ADD COLUMN told_error TEXT;
ALTER TABLE target_notices ADD COLUMN told_at TEXT;

-- Notices told before this migration: what the ledger says of them (period notice-<id>).
UPDATE target_notices
   SET told = d.state,
       told_error = CASE WHEN d.state = 'refused' THEN d.last_error END,
       told_at = d.sent_at
  FROM job_deliveries d
 WHERE d.job = 'target-told' AND d.period_key = 'notice-' || target_notices.id
   AND d.recipient = target_notices.recipient AND d.state IN ('sent', 'refused');

CREATE INDEX target_notices_waiting ON target_notices (id) WHERE told = 'waiting';
CREATE INDEX target_notices_of_target ON target_notices (target_id, id);
