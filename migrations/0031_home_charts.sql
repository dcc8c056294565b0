-- App Home's charts (ADR 0030), the month and the weekly trend: the one last uploaded of each for
-- each member, what it shows (version:
-- a hash of the chart's input, so any change of figure, language or currency changes it) and its
-- Slack file. After a restart an unchanged chart is shown again without a new upload, and the file a
-- new chart replaces is known, to be deleted.
CREATE TABLE home_charts (
  member_id TEXT NOT NULL REFERENCES members (user_id),
  chart TEXT NOT NULL CHECK (chart IN ('month', 'trend')),
  version TEXT NOT NULL,
  file_id TEXT NOT NULL,
  alt_text TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  PRIMARY KEY (member_id, chart)
) STRICT;
