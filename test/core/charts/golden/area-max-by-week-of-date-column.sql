-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    floor((CAST(CAST("signup_date" AS TIMESTAMP) AS DATE) - DATE '1970-01-05') / 7) AS "x",
    CAST("amount ""KRW""" AS DOUBLE) AS "y"
  FROM "주문 ""내역"" 2024"
  WHERE "signup_date" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    CAST(max("y") AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  CAST(DATE '1970-01-05' + CAST("x" * 7 AS INTEGER) AS TIMESTAMP) AS "x",
  "y"
FROM chart_groups
ORDER BY "x"
LIMIT 5001
