-- Leaderboards over a quarter or a year read hundreds of thousands of deals. Two summaries keep
-- them fast; DealsRepository updates both in the same transaction as every deal write.

-- Revenue and deal count per member and calendar month (live deals only).
CREATE TABLE member_month_totals (
  member_id TEXT NOT NULL,
  month TEXT NOT NULL,
  revenue_cents INTEGER NOT NULL,
  deals INTEGER NOT NULL,
  PRIMARY KEY (month, member_id)
) STRICT, WITHOUT ROWID;

INSERT INTO member_month_totals (member_id, month, revenue_cents, deals)
SELECT member_id, substr(closed_on, 1, 7), SUM(amount_cents), COUNT(*)
FROM deals WHERE deleted_at IS NULL GROUP BY member_id, substr(closed_on, 1, 7);

-- Where and by whom each customer was first won, so new customers per period are one index range.
ALTER TABLE customers ADD COLUMN first_deal_on TEXT;
ALTER TABLE customers ADD COLUMN first_member_id TEXT;

UPDATE customers SET (first_deal_on, first_member_id) =
  (SELECT closed_on, member_id FROM deals WHERE deals.id = customers.first_deal_id);

CREATE INDEX customers_first_won ON customers (first_deal_on, first_member_id) WHERE first_deal_on IS NOT NULL;
