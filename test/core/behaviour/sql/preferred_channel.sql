-- Each customer's most used channel.
WITH
input_rows AS (
  SELECT
    "customer_id" AS customer,
    CAST("occurred_at" AS TIMESTAMP) AS occurred_at,
    "channel" AS channel
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
channel_counts AS (
  SELECT customer, channel, count(*) AS channel_events
  FROM rows_before_as_of
  WHERE channel IS NOT NULL
  GROUP BY customer, channel
),
ranked_channels AS (
  SELECT
    *,
    sum(channel_events) OVER (PARTITION BY customer) AS events,
    row_number() OVER (PARTITION BY customer ORDER BY channel_events DESC, channel) AS channel_rank
  FROM channel_counts
)
SELECT
  customer,
  channel,
  CAST(channel_events AS INTEGER) AS channel_events,
  CAST(events AS INTEGER) AS events,
  CAST(channel_events AS DOUBLE) / events AS share
FROM ranked_channels
WHERE channel_rank = 1 AND CAST(channel_events AS DOUBLE) / events >= CAST(0 AS DOUBLE)
ORDER BY customer
