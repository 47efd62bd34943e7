-- Customers with at least 70% of their activity in one category over the last 6 months (at least 3).
WITH
input_rows AS (
  SELECT
    "customer_id" AS customer,
    CAST("occurred_at" AS TIMESTAMP) AS occurred_at,
    "category" AS category
  FROM "events"
),
valid_rows AS (
  SELECT * FROM input_rows
  WHERE customer IS NOT NULL AND occurred_at IS NOT NULL
),
as_of AS (
  SELECT CAST('2024-07-01' AS TIMESTAMP) AS as_of_at
),
rows_before_as_of AS (
  SELECT valid_rows.*, as_of_at FROM valid_rows, as_of
  WHERE occurred_at < as_of_at
),
category_counts AS (
  SELECT customer, category, count(*) AS category_events
  FROM rows_before_as_of
  WHERE occurred_at >= as_of_at - INTERVAL 6 MONTH
    AND category IS NOT NULL
  GROUP BY customer, category
),
ranked_categories AS (
  SELECT
    *,
    sum(category_events) OVER (PARTITION BY customer) AS events,
    row_number() OVER (PARTITION BY customer ORDER BY category_events DESC, category) AS category_rank
  FROM category_counts
),
top_categories AS (
  SELECT customer, category, category_events, events, CAST(category_events AS DOUBLE) / events AS share
  FROM ranked_categories
  WHERE category_rank = 1
)
SELECT customer, category, CAST(category_events AS INTEGER) AS category_events, CAST(events AS INTEGER) AS events, share
FROM top_categories
WHERE events >= 3 AND share >= CAST(0.7 AS DOUBLE)
ORDER BY customer
