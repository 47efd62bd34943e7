-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    CAST("amount ""KRW""" AS DOUBLE) AS "y",
    "region" AS "color"
  FROM "주문 ""내역"" 2024"
),
chart_groups AS (
  SELECT
    "color",
    CAST(sum("y") AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "color",
  "y"
FROM chart_groups
ORDER BY "color"
LIMIT 5001
