-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    month(CAST("ordered at" AS TIMESTAMP)) AS "x",
    dayofweek(CAST("ordered at" AS TIMESTAMP)) AS "y"
  FROM "주문 ""내역"" 2024"
  WHERE "ordered at" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    "y",
    CAST(count(*) AS DOUBLE) AS "color"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  make_timestamp(2012, "x", 1, 0, 0, 0) AS "x",
  make_timestamp(2012, 1, 1 + "y", 0, 0, 0) AS "y",
  "color"
FROM chart_groups
ORDER BY "x", "y"
LIMIT 5001
