-- Daily sales rollups for the dashboard's key figures (issue 13): "SaleDay" holds, per business and local day, the
-- sums the stats read from "Sale" (total, cost, uncostedTotal, the DAILY_TOTAL rows' total, the SALE rows' count).
-- Kept by triggers, not by the application: rows are also written by till imports, the seed, tests and an operator's
-- SQL, and every one of those writes must move the rollups in the same transaction.
-- The local day is Algeria's (UTC+1 all year, no daylight saving: src/common/time/period.ts SHOP_UTC_OFFSET_MINUTES);
-- "soldAt" is a UTC TIMESTAMP(3).
-- The table part was produced with test/database/prisma-schema-engine.mjs --from-database.

-- CreateTable
CREATE TABLE "SaleDay" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "total" DECIMAL(16,2) NOT NULL,
    "cost" DECIMAL(16,2) NOT NULL,
    "uncostedTotal" DECIMAL(16,2) NOT NULL,
    "dailyTotals" DECIMAL(16,2) NOT NULL,
    "salesCount" INTEGER NOT NULL,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "SaleDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SaleDay_tenantId_day_key" ON "SaleDay"("tenantId", "day");

-- AddForeignKey
ALTER TABLE "SaleDay" ADD CONSTRAINT "SaleDay_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- No sale is written between the backfill and the triggers.
LOCK TABLE "Sale" IN SHARE ROW EXCLUSIVE MODE;

-- Adds each (tenant, day)'s delta, in key order (two transactions touching the same days lock them in the same
-- order). Statement-level triggers with transition tables: a bulk INSERT of a million sales is one aggregate, not a
-- million upserts. A delete only subtracts from days that exist: when a business is deleted its "SaleDay" rows go
-- by their own cascade, and there is then nothing to subtract from.
CREATE FUNCTION "sale_day_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "SaleDay" d
    SET "total" = d."total" - o."total",
        "cost" = d."cost" - o."cost",
        "uncostedTotal" = d."uncostedTotal" - o."uncostedTotal",
        "dailyTotals" = d."dailyTotals" - o."dailyTotals",
        "salesCount" = d."salesCount" - o."salesCount",
        "rowCount" = d."rowCount" - o."rowCount"
    FROM (
      SELECT "tenantId", ("soldAt" + interval '60 minutes')::date AS "day",
             sum("total") AS "total", sum("cost") AS "cost", sum("uncostedTotal") AS "uncostedTotal",
             coalesce(sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL'), 0) AS "dailyTotals",
             count(*) FILTER (WHERE "kind" = 'SALE')::int AS "salesCount", count(*)::int AS "rowCount"
      FROM old_sales GROUP BY 1, 2 ORDER BY 1, 2
    ) o
    WHERE d."tenantId" = o."tenantId" AND d."day" = o."day";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SaleDay" AS d ("id", "tenantId", "day", "total", "cost", "uncostedTotal", "dailyTotals", "salesCount", "rowCount")
    SELECT gen_random_uuid()::text, "tenantId", ("soldAt" + interval '60 minutes')::date,
           sum("total"), sum("cost"), sum("uncostedTotal"),
           coalesce(sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL'), 0),
           count(*) FILTER (WHERE "kind" = 'SALE'), count(*)
    FROM new_sales GROUP BY 2, 3 ORDER BY 2, 3
    ON CONFLICT ("tenantId", "day") DO UPDATE
    SET "total" = d."total" + excluded."total",
        "cost" = d."cost" + excluded."cost",
        "uncostedTotal" = d."uncostedTotal" + excluded."uncostedTotal",
        "dailyTotals" = d."dailyTotals" + excluded."dailyTotals",
        "salesCount" = d."salesCount" + excluded."salesCount",
        "rowCount" = d."rowCount" + excluded."rowCount";
  END IF;
  RETURN NULL;
END
$$;

-- A trigger with transition tables has one event each.
CREATE TRIGGER "sale_day_insert" AFTER INSERT ON "Sale"
  REFERENCING NEW TABLE AS new_sales FOR EACH STATEMENT EXECUTE FUNCTION "sale_day_apply"();
CREATE TRIGGER "sale_day_update" AFTER UPDATE ON "Sale"
  REFERENCING OLD TABLE AS old_sales NEW TABLE AS new_sales FOR EACH STATEMENT EXECUTE FUNCTION "sale_day_apply"();
CREATE TRIGGER "sale_day_delete" AFTER DELETE ON "Sale"
  REFERENCING OLD TABLE AS old_sales FOR EACH STATEMENT EXECUTE FUNCTION "sale_day_apply"();

-- TRUNCATE fires no row or statement trigger of the three above: it empties the rollups too.
CREATE FUNCTION "sale_day_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SaleDay";
  RETURN NULL;
END
$$;
CREATE TRIGGER "sale_day_truncate" AFTER TRUNCATE ON "Sale" FOR EACH STATEMENT EXECUTE FUNCTION "sale_day_truncate"();

-- Backfill.
INSERT INTO "SaleDay" ("id", "tenantId", "day", "total", "cost", "uncostedTotal", "dailyTotals", "salesCount", "rowCount")
SELECT gen_random_uuid()::text, "tenantId", ("soldAt" + interval '60 minutes')::date,
       sum("total"), sum("cost"), sum("uncostedTotal"),
       coalesce(sum("total") FILTER (WHERE "kind" = 'DAILY_TOTAL'), 0),
       count(*) FILTER (WHERE "kind" = 'SALE'), count(*)
FROM "Sale" GROUP BY 2, 3;
