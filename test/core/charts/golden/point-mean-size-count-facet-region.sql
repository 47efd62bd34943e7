-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    "고객 등급" AS "x",
    CAST("amount ""KRW""" AS DOUBLE) AS "y",
    "region" AS "facet"
  FROM "주문 ""내역"" 2024"
),
chart_groups AS (
  SELECT
    "x",
    "facet",
    CAST(avg("y") AS DOUBLE) AS "y",
    CAST(count(*) AS DOUBLE) AS "size"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  "x",
  "facet",
  "y",
  "size"
FROM chart_groups
ORDER BY "x", "facet"
LIMIT 5001
