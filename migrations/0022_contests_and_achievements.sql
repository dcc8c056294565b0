-- Contests (issue 15): time-boxed challenges on one metric, for people or teams. Standings are
-- worked out from live deals whenever they are shown; the final result is stored once when the
-- contest is settled (final_json), so history says what was announced.
CREATE TABLE contests (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  metric TEXT NOT NULL CHECK (metric IN ('revenue', 'deals', 'new-customers', 'attainment', 'product')),
  product_id INTEGER REFERENCES product_lines (id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
  mode TEXT NOT NULL CHECK (mode IN ('individual', 'region', 'teams')),
  -- Minor units for revenue and product, a count for deals and new customers, a percent for attainment.
  goal INTEGER CHECK (goal IS NULL OR goal > 0),
  prize TEXT,
  standings TEXT NOT NULL CHECK (standings IN ('daily', 'weekly')),
  -- A manager's contest is among their reports only; NULL is the whole team.
  manager_id TEXT REFERENCES members (user_id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  final_json TEXT,
  settled_at TEXT,
  CHECK ((metric = 'product') = (product_id IS NOT NULL))
) STRICT;

CREATE INDEX contests_ends_on ON contests (ends_on, starts_on);

-- Teams picked by hand: a member is in at most one team of a contest.
CREATE TABLE contest_team_members (
  contest_id INTEGER NOT NULL REFERENCES contests (id),
  team TEXT NOT NULL,
  member_id TEXT NOT NULL REFERENCES members (user_id),
  PRIMARY KEY (contest_id, member_id)
) STRICT;

-- Achievements: each one earned once per member (the primary key), announced once (a keyed
-- delivery of the achievements job; announced_at only keeps the job's list of work short).
CREATE TABLE member_achievements (
  member_id TEXT NOT NULL REFERENCES members (user_id),
  achievement TEXT NOT NULL,
  period_key TEXT,
  detail_json TEXT NOT NULL DEFAULT '{}',
  earned_at TEXT NOT NULL,
  announced_at TEXT,
  PRIMARY KEY (member_id, achievement)
) STRICT;

CREATE INDEX member_achievements_unannounced ON member_achievements (earned_at) WHERE announced_at IS NULL;
