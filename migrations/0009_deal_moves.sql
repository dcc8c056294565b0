-- A deal whose close date is edited leaves its old period. Award history notes changes to a
-- period's deals after its awards were decided; a deal moved out of the period must count too,
-- and the deal row only remembers where it is now.
CREATE TABLE deal_moves (
  deal_id INTEGER NOT NULL REFERENCES deals (id),
  from_closed_on TEXT NOT NULL,
  to_closed_on TEXT NOT NULL,
  moved_at TEXT NOT NULL
) STRICT;

CREATE INDEX deal_moves_from ON deal_moves (from_closed_on, moved_at);
