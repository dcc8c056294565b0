-- App Home's reads for one member (issue 13).
-- A member's latest deals are listed newest logged first: read backwards from this index instead of
-- sorting all of that member's deals on every Home tab (several hundred for a busy rep).
CREATE INDEX deals_live_member_created ON deals (member_id, created_at, id) WHERE deleted_at IS NULL;
-- A manager's reports: most members have no manager, so once ANALYZE has counted them all under one
-- NULL key the planner judged members_manager useless and scanned every member. Without the NULLs
-- the index stays worth reading for `manager_id = ?`.
DROP INDEX members_manager;
CREATE INDEX members_manager ON members (manager_id) WHERE manager_id IS NOT NULL;
