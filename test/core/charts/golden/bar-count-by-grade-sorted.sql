-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    "고객 등급" AS "x"
  FROM "주문 ""내역"" 2024"
),
chart_groups AS (
  SELECT
    "x",
    CAST(count(*) AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "x",
  "y"
FROM chart_groups
ORDER BY "y" DESC, "x"
LIMIT 5001
