-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    "고객 등급" AS "x",
    CAST("amount ""KRW""" AS DOUBLE) AS "y",
    "region" AS "color"
  FROM "주문 ""내역"" 2024"
),
chart_groups AS (
  SELECT
    "x",
    "color",
    CAST(sum("y") AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "x",
  "color",
  "y"
FROM chart_groups
ORDER BY sum("y") OVER (PARTITION BY "x") DESC, "x", "color"
LIMIT 5001
