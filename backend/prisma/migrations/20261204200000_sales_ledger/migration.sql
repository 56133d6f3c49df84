-- Sales ledger (src/sales), customers and credit (src/customers), catalogue import, demo top-up (src/seed/top-up.ts).
-- Produced with test/database/prisma-schema-engine.mjs --from-database against the previous migrations.

-- CreateEnum
CREATE TYPE "SaleKind" AS ENUM ('SALE', 'REFUND', 'DAILY_TOTAL');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('cash', 'card', 'cib', 'edahabia', 'baridimob', 'credit');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "balance" DECIMAL(12,2) NOT NULL DEFAULT 0,
ADD COLUMN     "creditLimit" DECIMAL(12,2),
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "note" TEXT,
ADD COLUMN     "openingBalance" DECIMAL(12,2) NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "wilaya" DROP NOT NULL,
ALTER COLUMN "ageBand" DROP NOT NULL,
ALTER COLUMN "channel" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "cost" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Sale" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "declaredTotal" DECIMAL(12,2),
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "kind" "SaleKind" NOT NULL DEFAULT 'SALE',
ADD COLUMN     "note" TEXT,
ADD COLUMN     "paymentMethod" "PaymentMethod" NOT NULL DEFAULT 'cash',
ADD COLUMN     "receiptNumber" TEXT,
ADD COLUMN     "refundOfId" TEXT,
ADD COLUMN     "requestHash" TEXT,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "toolCallId" TEXT,
ADD COLUMN     "uncostedTotal" DECIMAL(12,2) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SaleLine" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refundOfLineId" TEXT,
ALTER COLUMN "unitCost" DROP NOT NULL;

-- AlterTable
ALTER TABLE "StockMovement" ADD COLUMN     "saleId" TEXT;

-- CreateTable
CREATE TABLE "CustomerPayment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "method" "PaymentMethod" NOT NULL DEFAULT 'cash',
    "note" TEXT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "createdById" TEXT,
    "toolCallId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemoHistory" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "generatedUntil" TIMESTAMP(3) NOT NULL,
    "seededUntil" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemoHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomerPayment_tenantId_customerId_paidAt_idx" ON "CustomerPayment"("tenantId", "customerId", "paidAt");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerPayment_tenantId_idempotencyKey_key" ON "CustomerPayment"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "DemoHistory_tenantId_key" ON "DemoHistory"("tenantId");

-- CreateIndex
CREATE INDEX "Customer_tenantId_phone_idx" ON "Customer"("tenantId", "phone");

-- CreateIndex
CREATE INDEX "Customer_tenantId_balance_idx" ON "Customer"("tenantId", "balance");

-- CreateIndex
CREATE INDEX "Sale_refundOfId_idx" ON "Sale"("refundOfId");

-- CreateIndex
CREATE UNIQUE INDEX "Sale_tenantId_idempotencyKey_key" ON "Sale"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "SaleLine_refundOfLineId_idx" ON "SaleLine"("refundOfLineId");

-- CreateIndex
CREATE INDEX "StockMovement_saleId_idx" ON "StockMovement"("saleId");

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "Sale"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sale" ADD CONSTRAINT "Sale_refundOfId_fkey" FOREIGN KEY ("refundOfId") REFERENCES "Sale"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleLine" ADD CONSTRAINT "SaleLine_refundOfLineId_fkey" FOREIGN KEY ("refundOfLineId") REFERENCES "SaleLine"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerPayment" ADD CONSTRAINT "CustomerPayment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerPayment" ADD CONSTRAINT "CustomerPayment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemoHistory" ADD CONSTRAINT "DemoHistory_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
