-- extent
(none)

-- chart (boxplot, sampled: false)
WITH chart_input AS (
  SELECT
    CAST("amount ""KRW""" AS DOUBLE) AS "x",
    "region" AS "y",
    "고객 등급" AS "color",
    "items" AS "facet"
  FROM "주문 ""내역"" 2024"
  WHERE "amount ""KRW""" IS NOT NULL
),
chart_groups AS (
  SELECT
    "y",
    "color",
    "facet",
    quantile_cont("x", [0.25, 0.5, 0.75]) AS "quartiles",
    min("x") AS "min",
    max("x") AS "max",
    CAST(count(*) AS DOUBLE) AS "count"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "y",
  "color",
  "facet",
  greatest("min", "quartiles"[1] - 1.5 * ("quartiles"[3] - "quartiles"[1])) AS "lower",
  "quartiles"[1] AS "q1",
  "quartiles"[2] AS "median",
  "quartiles"[3] AS "q3",
  least("max", "quartiles"[3] + 1.5 * ("quartiles"[3] - "quartiles"[1])) AS "upper",
  "min",
  "max",
  "count"
FROM chart_groups
ORDER BY "y", "color", "facet"
LIMIT 5001
