-- A per-business data version for the read caches of the dashboard's key figures and the inventory listing (issue 13).
-- A cached answer is reused only while its business's version is the one read before it was computed, so it must move
-- with every committed write to what those answers read — by the API, the chat's approved tools, till imports, the
-- seed, tests' and operators' SQL: hence triggers, not the application. A rolled-back write moves nothing.
--
-- The version is the sum of "writes" over the business's rows. Each database session (backend pid) bumps only its
-- own row: a session runs one transaction at a time, so two concurrent writers never wait on each other's row lock
-- (one shared counter row per business would serialise every writer of a business until commit, and could deadlock
-- two transactions that lock a product and then bump, against one that bumps and then locks the product). The sum of
-- committed rows only grows, so an equal version means no write of the business committed since.
-- "tenant_data_version_fold" folds the rows of sessions that are gone into row 0, keeping the sum (the reader calls it
-- when a business has many rows). No foreign key: a business's deletion cascades deletes whose triggers bump it.
-- The table part is what test/database/prisma-schema-engine.mjs derives from schema.prisma (schema-agreement.test.ts).

-- CreateTable
CREATE TABLE "TenantDataVersion" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "tenantId" TEXT NOT NULL,
    "backendPid" INTEGER NOT NULL,
    "writes" BIGINT NOT NULL,

    CONSTRAINT "TenantDataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TenantDataVersion_tenantId_backendPid_key" ON "TenantDataVersion"("tenantId", "backendPid");

-- Statement-level with transition tables: a bulk insert of a million rows is one bump per business, not a million.
-- Businesses in key order, so a statement touching several businesses locks its rows in a fixed order.
CREATE FUNCTION "tenant_data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "TenantDataVersion" AS v ("tenantId", "backendPid", "writes")
    SELECT DISTINCT "tenantId", pg_backend_pid(), 1 FROM new_rows ORDER BY 1
    ON CONFLICT ("tenantId", "backendPid") DO UPDATE SET "writes" = v."writes" + 1;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "TenantDataVersion" AS v ("tenantId", "backendPid", "writes")
    SELECT "tenantId", pg_backend_pid(), 1 FROM (SELECT "tenantId" FROM old_rows UNION SELECT "tenantId" FROM new_rows) t ORDER BY 1
    ON CONFLICT ("tenantId", "backendPid") DO UPDATE SET "writes" = v."writes" + 1;
  ELSE
    INSERT INTO "TenantDataVersion" AS v ("tenantId", "backendPid", "writes")
    SELECT DISTINCT "tenantId", pg_backend_pid(), 1 FROM old_rows ORDER BY 1
    ON CONFLICT ("tenantId", "backendPid") DO UPDATE SET "writes" = v."writes" + 1;
  END IF;
  RETURN NULL;
END
$$;

-- The business's own row (currency): keyed by "id". Only updates: a new business has nothing cached yet, and a
-- deleted one is read by no one.
CREATE FUNCTION "tenant_data_version_bump_tenant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TenantDataVersion" AS v ("tenantId", "backendPid", "writes")
  SELECT "id", pg_backend_pid(), 1 FROM new_rows ORDER BY 1
  ON CONFLICT ("tenantId", "backendPid") DO UPDATE SET "writes" = v."writes" + 1;
  RETURN NULL;
END
$$;

-- TRUNCATE fires no row or statement trigger of the others (and has no transition table): every business moves.
CREATE FUNCTION "tenant_data_version_bump_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TenantDataVersion" AS v ("tenantId", "backendPid", "writes")
  SELECT "tenantId", pg_backend_pid(), 1 FROM (SELECT "id" AS "tenantId" FROM "Tenant" UNION SELECT "tenantId" FROM "TenantDataVersion") t
  ORDER BY 1
  ON CONFLICT ("tenantId", "backendPid") DO UPDATE SET "writes" = v."writes" + 1;
  RETURN NULL;
END
$$;

-- What the cached answers read: sales, their lines and daily rollups, refunds (sales too), expenses, products and
-- their stock movements, customers' credit and payments.
DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['Sale', 'SaleLine', 'SaleDay', 'Expense', 'Product', 'StockMovement', 'Customer', 'CustomerPayment'] LOOP
    EXECUTE format('CREATE TRIGGER "tenant_data_version_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tenant_data_version_bump"()', t);
    EXECUTE format('CREATE TRIGGER "tenant_data_version_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tenant_data_version_bump"()', t);
    EXECUTE format('CREATE TRIGGER "tenant_data_version_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tenant_data_version_bump"()', t);
    EXECUTE format('CREATE TRIGGER "tenant_data_version_truncate" AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "tenant_data_version_bump_all"()', t);
  END LOOP;
END
$$;
CREATE TRIGGER "tenant_data_version_update" AFTER UPDATE ON "Tenant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tenant_data_version_bump_tenant"();

-- Folds the rows of sessions that no longer exist into row 0 (same sum). One fold at a time; a session whose pid
-- is reused after the check only bumps a new row.
CREATE FUNCTION "tenant_data_version_fold"(tenant TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('tenant_data_version_fold')) THEN
    RETURN;
  END IF;
  WITH gone AS (
    DELETE FROM "TenantDataVersion" v
    WHERE v."tenantId" = tenant AND v."backendPid" <> 0
      AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = v."backendPid")
    RETURNING v."writes"
  )
  INSERT INTO "TenantDataVersion" AS v ("tenantId", "backendPid", "writes")
  SELECT tenant, 0, sum("writes") FROM gone HAVING count(*) > 0
  ON CONFLICT ("tenantId", "backendPid") DO UPDATE SET "writes" = v."writes" + excluded."writes";
END
$$;
