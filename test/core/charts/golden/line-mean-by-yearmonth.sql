-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    year(CAST("ordered at" AS TIMESTAMP)) * 12 + month(CAST("ordered at" AS TIMESTAMP)) - 1 AS "x",
    CAST("amount ""KRW""" AS DOUBLE) AS "y",
    "region" AS "color"
  FROM "주문 ""내역"" 2024"
  WHERE "ordered at" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    "color",
    CAST(avg("y") AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  make_timestamp("x" // 12, "x" % 12 + 1, 1, 0, 0, 0) AS "x",
  "color",
  "y"
FROM chart_groups
ORDER BY "x", "color"
LIMIT 5001
