-- The questions a member answered, stored with the answers. Question ids are positions (q1, q2…)
-- once admins edit the list, so answers read against today's list could appear under another
-- question; history and digests read them against the list they were given.
ALTER TABLE checkins ADD COLUMN questions_json TEXT;
