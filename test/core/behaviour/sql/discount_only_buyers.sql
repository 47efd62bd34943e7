-- Customers with at least 3 orders, 80% or more of them with a discount.
WITH
input_rows AS (
  SELECT
    "customer_id" AS customer,
    CAST("occurred_at" AS TIMESTAMP) AS occurred_at,
    coalesce("discount_used", false) AS discounted,
    "order_id" AS order_id
  FROM "events"
),
valid_rows AS (
  SELECT * FROM input_rows
  WHERE customer IS NOT NULL AND occurred_at IS NOT NULL AND order_id IS NOT NULL
),
as_of AS (
  SELECT CAST('2024-07-01' AS TIMESTAMP) AS as_of_at
),
rows_before_as_of AS (
  SELECT valid_rows.*, as_of_at FROM valid_rows, as_of
  WHERE occurred_at < as_of_at
),
placed_orders AS (
  SELECT customer, order_id, min(occurred_at) AS ordered_at, bool_or(discounted) AS discounted
  FROM rows_before_as_of
  GROUP BY customer, order_id
),
per_customer AS (
  SELECT
    customer,
    count(*) AS orders,
    count(*) FILTER (WHERE discounted) AS discounted_orders,
    max(ordered_at) AS last_order_at
  FROM placed_orders
  GROUP BY customer
)
SELECT
  customer,
  CAST(orders AS INTEGER) AS orders,
  CAST(discounted_orders AS INTEGER) AS discounted_orders,
  CAST(discounted_orders AS DOUBLE) / orders AS share,
  last_order_at
FROM per_customer
WHERE orders >= 3 AND CAST(discounted_orders AS DOUBLE) / orders >= CAST(0.8 AS DOUBLE)
ORDER BY customer
