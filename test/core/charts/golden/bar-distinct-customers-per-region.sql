-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    "customer id" AS "x",
    "region" AS "y"
  FROM "주문 ""내역"" 2024"
),
chart_groups AS (
  SELECT
    "y",
    CAST(count(DISTINCT "x") AS DOUBLE) AS "x"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "y",
  "x"
FROM chart_groups
ORDER BY "y" DESC
LIMIT 5001
