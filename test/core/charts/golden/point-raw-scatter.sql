-- extent
SELECT
  CAST(count(*) AS DOUBLE) AS "rows"
FROM "주문 ""내역"" 2024"
WHERE "amount ""KRW""" IS NOT NULL AND "items" IS NOT NULL

-- chart (raw, sampled: true)
WITH chart_input AS (
  SELECT
    CAST("amount ""KRW""" AS DOUBLE) AS "x",
    CAST("items" AS DOUBLE) AS "y",
    "고객 등급" AS "color"
  FROM "주문 ""내역"" 2024"
  WHERE "amount ""KRW""" IS NOT NULL AND "items" IS NOT NULL
)
SELECT
  "x",
  "y",
  "color"
FROM chart_input
USING SAMPLE reservoir(5000 ROWS) REPEATABLE (42)
ORDER BY "x", "y", "color"
LIMIT 5001
