-- extent
(none)

-- chart (boxplot, sampled: false)
WITH chart_input AS (
  SELECT
    "고객 등급" AS "x",
    CAST("amount ""KRW""" AS DOUBLE) AS "y"
  FROM "주문 ""내역"" 2024"
  WHERE "amount ""KRW""" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    quantile_cont("y", [0.25, 0.5, 0.75]) AS "quartiles",
    min("y") AS "min",
    max("y") AS "max",
    CAST(count(*) AS DOUBLE) AS "count"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "x",
  greatest("min", "quartiles"[1] - 1.5 * ("quartiles"[3] - "quartiles"[1])) AS "lower",
  "quartiles"[1] AS "q1",
  "quartiles"[2] AS "median",
  "quartiles"[3] AS "q3",
  least("max", "quartiles"[3] + 1.5 * ("quartiles"[3] - "quartiles"[1])) AS "upper",
  "min",
  "max",
  "count"
FROM chart_groups
ORDER BY "median" DESC, "x"
LIMIT 5001
