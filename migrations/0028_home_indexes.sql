-- App Home's reads for one member (issue 13).
-- A member's latest deals are listed newest logged first: read backwards from this index instead of
-- sorting all of that member's deals on every Home tab (several hundred for a busy rep).
CREATE INDEX deals_live_member_created ON deals (member_id, created_at, id) WHERE deleted_at IS NULL;
-- A manager's reports: with statistics gathered (ANALYZE, PRAGMA optimize) while most members had no
-- manager, every member counted under one NULL key and the planner judged members_manager useless,
-- scanning every member for each manager's tab. Without the NULLs the index stays worth reading.
DROP INDEX members_manager;
CREATE INDEX members_manager ON members (manager_id) WHERE manager_id IS NOT NULL;
