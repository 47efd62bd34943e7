-- extent
SELECT
  CAST(count(*) AS DOUBLE) AS "rows",
  CAST(min("amount ""KRW""") AS DOUBLE) AS "min_0",
  CAST(max("amount ""KRW""") AS DOUBLE) AS "max_0",
  CAST(min("items") AS DOUBLE) AS "min_1",
  CAST(max("items") AS DOUBLE) AS "max_1"
FROM "주문 ""내역"" 2024"
WHERE "amount ""KRW""" IS NOT NULL AND "items" IS NOT NULL

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    CASE WHEN CAST("amount ""KRW""" AS DOUBLE) >= 800 THEN 5 ELSE floor((CAST("amount ""KRW""" AS DOUBLE) - (-200)) / 200 + 1e-9) END AS "x",
    CASE WHEN CAST("items" AS DOUBLE) >= 10 THEN 2 ELSE floor((CAST("items" AS DOUBLE) - 0) / 5 + 1e-9) END AS "y"
  FROM "주문 ""내역"" 2024"
  WHERE "amount ""KRW""" IS NOT NULL AND "items" IS NOT NULL
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
  (-200) + 200 * "x" AS "x",
  (-200) + 200 * ("x" + 1) AS "x_end",
  0 + 5 * "y" AS "y",
  0 + 5 * ("y" + 1) AS "y_end",
  "color"
FROM chart_groups
ORDER BY "x", "y"
LIMIT 5001
