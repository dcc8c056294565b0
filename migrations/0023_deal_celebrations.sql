-- Where each deal's #sales celebration was posted, so that undoing or deleting the deal removes the
-- post and editing it updates the post (issue 15: a celebration must never outlive its deal).
CREATE TABLE deal_celebrations (
  deal_id INTEGER PRIMARY KEY REFERENCES deals (id),
  channel TEXT NOT NULL,
  ts TEXT NOT NULL,
  posted_at TEXT NOT NULL
) STRICT;
