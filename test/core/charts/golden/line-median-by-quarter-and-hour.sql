-- extent
(none)

-- chart (aggregate, sampled: false)
WITH chart_input AS (
  SELECT
    hour(CAST("ordered at" AS TIMESTAMP)) AS "x",
    CAST("amount ""KRW""" AS DOUBLE) AS "y",
    quarter(CAST("ordered at" AS TIMESTAMP)) AS "color"
  FROM "주문 ""내역"" 2024"
  WHERE "ordered at" IS NOT NULL
),
chart_groups AS (
  SELECT
    "x",
    "color",
    CAST(median("y") AS DOUBLE) AS "y"
  FROM chart_input
  GROUP BY ALL
)
SELECT
  make_timestamp(2012, 1, 1, "x", 0, 0) AS "x",
  make_timestamp(2012, 3 * "color" - 2, 1, 0, 0, 0) AS "color",
  "y"
FROM chart_groups
ORDER BY "x", "color"
LIMIT 5001
