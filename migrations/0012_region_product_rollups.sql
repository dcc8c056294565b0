-- Leaderboards and `/target` for a region or product line summed hundreds of thousands of deals
-- (1-5 s at 1,000,000 deals, ADR 14). The same summary as member_month_totals (0006), one row per
-- region, product line, month and member; DealsRepository keeps it in the deal's transaction.
-- 0 stands for "no region" / "no product line" (ids start at 1; a key column cannot be NULL).
CREATE TABLE slice_month_totals (
  region_id INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  member_id TEXT NOT NULL,
  revenue_cents INTEGER NOT NULL,
  deals INTEGER NOT NULL,
  PRIMARY KEY (region_id, product_id, month, member_id)
) STRICT, WITHOUT ROWID;

-- Product-line views read by product first; the figures ride along so the table is not visited.
CREATE INDEX slice_month_totals_product ON slice_month_totals (product_id, month, member_id, revenue_cents, deals);

INSERT INTO slice_month_totals (region_id, product_id, month, member_id, revenue_cents, deals)
SELECT COALESCE(region_id, 0), COALESCE(product_id, 0), substr(closed_on, 1, 7), member_id, SUM(amount_cents), COUNT(*)
FROM deals WHERE deleted_at IS NULL
GROUP BY COALESCE(region_id, 0), COALESCE(product_id, 0), substr(closed_on, 1, 7), member_id;

-- The region and product line of each customer's first deal, so new customers per slice are an index range.
ALTER TABLE customers ADD COLUMN first_region_id INTEGER;
ALTER TABLE customers ADD COLUMN first_product_id INTEGER;

UPDATE customers SET (first_region_id, first_product_id) =
  (SELECT region_id, product_id FROM deals WHERE deals.id = customers.first_deal_id)
WHERE first_deal_id IS NOT NULL;

CREATE INDEX customers_first_won_region ON customers (first_region_id, first_deal_on, first_member_id)
  WHERE first_deal_on IS NOT NULL;
CREATE INDEX customers_first_won_product ON customers (first_product_id, first_deal_on, first_member_id)
  WHERE first_deal_on IS NOT NULL;
