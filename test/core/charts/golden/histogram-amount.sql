-- extent
SELECT
  CAST(count(*) AS DOUBLE) AS "rows",
  CAST(min("amount ""KRW""") AS DOUBLE) AS "min_0",
  CAST(max("amount ""KRW""") AS DOUBLE) AS "max_0"
FROM "주문 ""내역"" 2024"
WHERE "amount ""KRW""" IS NOT NULL

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    CASE WHEN CAST("amount ""KRW""" AS DOUBLE) >= 800 THEN 5 ELSE floor((CAST("amount ""KRW""" AS DOUBLE) - (-200)) / 200 + 1e-9) END AS "x"
  FROM "주문 ""내역"" 2024"
  WHERE "amount ""KRW""" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    CAST(count(*) AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  (-200) + 200 * "x" AS "x",
  (-200) + 200 * ("x" + 1) AS "x_end",
  "y"
FROM chart_groups
ORDER BY "x"
LIMIT 5001
