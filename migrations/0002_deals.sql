-- Deals and the customers they name. A customer is "new" in the deal that is its first
-- (by close date, then id) among its deals that are not deleted: customers.first_deal_id.

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  first_deal_id INTEGER,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE deals (
  id INTEGER PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members (user_id),
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  currency TEXT NOT NULL,
  closed_on TEXT NOT NULL,
  product_id INTEGER REFERENCES product_lines (id),
  region_id INTEGER REFERENCES regions (id),
  note TEXT,
  logged_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by TEXT,
  idempotency_key TEXT UNIQUE
) STRICT;

CREATE INDEX deals_live_closed_on ON deals (closed_on, member_id, amount_cents) WHERE deleted_at IS NULL;
CREATE INDEX deals_live_member ON deals (member_id, closed_on) WHERE deleted_at IS NULL;
CREATE INDEX deals_live_customer ON deals (customer_id, closed_on, id) WHERE deleted_at IS NULL;
