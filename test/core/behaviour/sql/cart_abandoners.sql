-- Customers who added to the cart in the last 30 days and did not buy within 24 hours.
WITH
input_rows AS (
  SELECT
    "customer_id" AS customer,
    CAST("occurred_at" AS TIMESTAMP) AS occurred_at,
    CAST("event_type" AS VARCHAR) AS event_type,
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
cart_adds AS (
  SELECT customer, occurred_at AS cart_at, category
  FROM rows_before_as_of
  WHERE event_type IN ('cart_add')
    AND occurred_at >= as_of_at - INTERVAL 30 DAY
    AND occurred_at + INTERVAL 24 HOUR < as_of_at
),
purchases AS (
  SELECT customer, occurred_at AS purchased_at
  FROM rows_before_as_of
  WHERE event_type IN ('purchase')
),
abandoned_carts AS (
  SELECT * FROM cart_adds
  WHERE NOT EXISTS (
    SELECT 1 FROM purchases
    WHERE purchases.customer = cart_adds.customer
      AND purchased_at >= cart_at
      AND purchased_at <= cart_at + INTERVAL 24 HOUR
  )
)
SELECT
  customer,
  CAST(count(*) AS INTEGER) AS abandoned_carts,
  max(cart_at) AS last_cart_at,
  arg_max(category, (cart_at, category)) AS last_cart_category
FROM abandoned_carts
GROUP BY customer
ORDER BY customer
