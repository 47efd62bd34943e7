-- Customers with at least 3 product views in the last 30 days and no purchase in those days.
WITH
input_rows AS (
  SELECT
    "customer_id" AS customer,
    CAST("occurred_at" AS TIMESTAMP) AS occurred_at,
    CAST("event_type" AS VARCHAR) AS event_type
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
views_in_window AS (
  SELECT customer, count(*) AS views, max(occurred_at) AS last_view_at
  FROM rows_before_as_of
  WHERE event_type IN ('view')
    AND occurred_at >= as_of_at - INTERVAL 30 DAY
  GROUP BY customer
),
buyers AS (
  SELECT DISTINCT customer
  FROM rows_before_as_of
  WHERE event_type IN ('purchase')
    AND occurred_at >= as_of_at - INTERVAL 30 DAY
)
SELECT
  customer,
  CAST(views AS INTEGER) AS views,
  last_view_at
FROM views_in_window
WHERE views >= 3
  AND NOT EXISTS (SELECT 1 FROM buyers WHERE buyers.customer = views_in_window.customer)
ORDER BY customer
