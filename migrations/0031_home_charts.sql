-- App Home's month chart (ADR 0030): the one last uploaded for each member, what it shows (version:
-- a hash of the chart's input, so any change of figure, language or currency changes it) and its
-- Slack file. After a restart an unchanged chart is shown again without a new upload, and the file a
-- new chart replaces is known, to be deleted.
CREATE TABLE home_charts (
  member_id TEXT PRIMARY KEY REFERENCES members (user_id),
  version TEXT NOT NULL,
  file_id TEXT NOT NULL,
  alt_text TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
) STRICT;
