/**
 * Writes the demo businesses into the database: "Supérette El Baraka" (Algiers, a year of history) and the small
 * "Alimentation Générale Oran" used to prove tenant isolation.
 *
 * - Idempotent: if the demo tenant exists nothing is touched (created = false).
 * - All-or-nothing: one transaction, so a crash midway never leaves a half-seeded demo behind.
 * - Fast: ~30k sales and ~90k lines go in as a handful of unnest() INSERTs (see bulk-insert.ts); ids are generated
 *   here so lines can point at their sale without a round trip per row.
 */
import { randomUUID } from 'node:crypto';
// argon2id with OWASP's parameters (m=19 MiB, t=2, p=1), the same as the login check expects.
import { hash as argon2id } from '@node-rs/argon2';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { bulkInsert, money } from '../database/bulk-insert';
import { buildDemoDataset, COMPETITORS, DEMO_TENANT, DEMO_USERS, defaultSeedNow } from './demo-dataset';
import { CompetitorPriceSeed } from './market';
import { insertBusinessHistory } from './history-writer';
import { ORAN_OWNER, ORAN_TENANT, OranDataset } from './oran';
import { topUpDemo } from './top-up';

export interface SeedOptions {
  /** Password of every demo account (default `demo`). */
  password?: string;
  /**
   * The business's "now": a year of history is bulk-loaded up to this day's 00:00 UTC, then the demo is topped up to
   * this very instant through the sales ledger (src/seed/top-up.ts). Default: today at 00:00 UTC.
   */
  now?: Date;
  log?: (message: string) => void;
}

export interface SeedResult {
  tenantId: string;
  created: boolean;
}

type Tx = Prisma.TransactionClient;

export async function seedDemo(prisma: PrismaClient, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => undefined);
  const existing = await prisma.tenant.findUnique({ where: { slug: DEMO_TENANT.slug }, select: { id: true } });
  const now = opts.now ?? defaultSeedNow();
  if (existing) {
    log(`Demo tenant "${DEMO_TENANT.slug}" already exists: only its recent sales are brought up to now.`);
    await topUpDemo(prisma, { now, log });
    return { tenantId: existing.id, created: false };
  }

  const started = Date.now();
  const data = buildDemoDataset(now);
  const password = opts.password ?? 'demo';
  // One hash per account (each with its own salt); argon2 runs off the event loop, so in parallel.
  const [ownerHash, staffHash, supportHash, oranHash] = await Promise.all([0, 1, 2, 3].map(() => argon2id(password)));
  log(
    `Prepared the demo data and password hashes in ${Date.now() - started} ms (window ${data.window.start.toISOString().slice(0, 10)} → ${data.window.end.toISOString().slice(0, 10)}).`,
  );

  try {
    const tenantId = await prisma.$transaction(
      async (tx) => {
        const tenant = await tx.tenant.create({ data: { ...DEMO_TENANT }, select: { id: true } });
        const [ownerId, staffId] = [randomUUID(), randomUUID()];
        const hashes = [ownerHash, staffHash, supportHash];
        const users = DEMO_USERS.map((u, i) => ({
          id: i === 0 ? ownerId : i === 1 ? staffId : randomUUID(),
          tenantId: u.inTenant ? tenant.id : null,
          email: u.email,
          name: u.name,
          role: u.role,
          locale: u.locale,
          passwordHash: hashes[i],
        }));
        await tx.user.createMany({ data: users.filter((u) => u.tenantId) });
        // Platform staff may already exist (created by an admin before the demo was seeded): keep that account.
        await tx.user.createMany({ data: users.filter((u) => !u.tenantId), skipDuplicates: true });

        const productIds = await insertBusinessHistory(tx, tenant.id, ownerId, data.window.start, data, log);

        const competitorIds = COMPETITORS.map(() => randomUUID());
        await tx.competitor.createMany({
          data: COMPETITORS.map((c, i) => ({
            id: competitorIds[i],
            tenantId: tenant.id,
            name: c.name,
            location: c.location,
            kind: c.kind,
            createdAt: data.window.start,
          })),
        });
        await bulkInsert(
          tx,
          'CompetitorPrice',
          [
            { name: 'id', type: 'text', value: () => randomUUID() },
            { name: 'tenantId', type: 'text', value: () => tenant.id },
            { name: 'competitorId', type: 'text', value: (p: CompetitorPriceSeed) => competitorIds[p.competitorIndex] },
            { name: 'productId', type: 'text', value: (p) => productIds[p.productIndex] },
            { name: 'price', type: 'numeric', value: (p) => money(p.priceCents) },
            { name: 'observedAt', type: 'timestamp', value: (p) => p.observedAt },
          ],
          data.competitorPrices,
        );

        const campaignIds = new Map(data.campaigns.map((c) => [c.key, randomUUID()]));
        await tx.campaign.createMany({
          data: data.campaigns.map((c) => ({
            id: campaignIds.get(c.key),
            tenantId: tenant.id,
            name: c.name,
            channel: c.channel,
            status: c.status,
            startsAt: c.startsAt,
            endsAt: c.endsAt,
            budget: money(c.budgetCents),
            cost: money(c.costCents),
            impressions: c.impressions,
            clicks: c.clicks,
            conversions: c.conversions,
            revenue: money(c.revenueCents),
            targetConversions: c.targetConversions,
            createdAt: c.startsAt < data.window.end ? c.startsAt : data.window.end,
          })),
        });
        await tx.contentPiece.createMany({
          data: data.content.map((c) => ({
            tenantId: tenant.id,
            campaignId: c.campaignKey ? campaignIds.get(c.campaignKey) : null,
            channel: c.channel,
            language: c.language,
            tone: c.tone,
            topic: c.topic,
            text: c.text,
            hashtags: c.hashtags,
            generator: 'seed',
            createdAt: c.createdAt,
          })),
        });
        await tx.feedback.createMany({
          data: data.feedback.map((f) => ({
            tenantId: tenant.id,
            userId: f.author === 'owner' ? ownerId : staffId,
            category: f.category,
            severity: f.severity,
            message: f.message,
            rating: f.rating,
            createdAt: f.createdAt,
          })),
        });

        await seedOran(tx, data.oran, oranHash, log);
        await tx.demoHistory.create({ data: { tenantId: tenant.id, generatedUntil: data.window.end, seededUntil: data.window.end } });
        return tenant.id;
      },
      // Generous: on a busy 2-core CI box the inserts take seconds, and a timeout would roll everything back.
      { timeout: 180_000, maxWait: 30_000 },
    );
    log(`Seeded "${DEMO_TENANT.name}" and "${ORAN_TENANT.name}" in ${Date.now() - started} ms.`);
    await topUpDemo(prisma, { now, log });
    return { tenantId, created: true };
  } catch (error) {
    // Another process seeded concurrently and won the unique slug: that is the idempotent outcome, not a failure.
    if (isUniqueViolation(error)) {
      const winner = await prisma.tenant.findUnique({ where: { slug: DEMO_TENANT.slug }, select: { id: true } });
      if (winner) return { tenantId: winner.id, created: false };
    }
    throw error;
  }
}

async function seedOran(tx: Tx, oran: OranDataset, passwordHash: string, log: (message: string) => void) {
  if (await tx.tenant.findUnique({ where: { slug: ORAN_TENANT.slug }, select: { id: true } })) {
    log(`Tenant "${ORAN_TENANT.slug}" already exists: left as is.`);
    return;
  }
  const tenant = await tx.tenant.create({ data: { ...ORAN_TENANT }, select: { id: true } });
  const ownerId = randomUUID();
  await tx.user.create({ data: { id: ownerId, tenantId: tenant.id, ...ORAN_OWNER, passwordHash } });
  await insertBusinessHistory(tx, tenant.id, ownerId, oran.window.start, oran, log);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === 'P2002' || /Unique constraint|duplicate key/i.test(e?.message ?? '');
}
