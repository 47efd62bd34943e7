-- extent
SELECT
  CAST(count(*) AS DOUBLE) AS "rows",
  CAST(min("items") AS DOUBLE) AS "min_0",
  CAST(max("items") AS DOUBLE) AS "max_0"
FROM "주문 ""내역"" 2024"
WHERE "items" IS NOT NULL

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    CASE WHEN CAST("items" AS DOUBLE) >= 11 THEN 10 ELSE floor((CAST("items" AS DOUBLE) - 1) / 1 + 1e-9) END AS "x",
    "고객 등급" AS "color"
  FROM "주문 ""내역"" 2024"
  WHERE "items" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    "color",
    CAST(count(*) AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  1 + 1 * "x" AS "x",
  1 + 1 * ("x" + 1) AS "x_end",
  "color",
  "y"
FROM chart_groups
ORDER BY "x", "color"
LIMIT 5001
