import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { PrismaService } from '../database/prisma.service';
import { Prisma, Product } from '../generated/prisma/client';
import { InvalidatedCache } from '../common/cache/invalidated-cache';

export interface ProductSearchOptions {
  /** Normalised query words (search-text.ts); empty for a plain listing. */
  tokens: string[];
  /** The query as typed, for exact barcode / SKU hits. */
  rawQuery: string | null;
  lowStockOnly: boolean;
  category?: string;
  includeInactive: boolean;
  offset: number;
  limit: number;
  /** Minimum relevance (0..1) for a product to count as a match. */
  minScore: number;
}

export interface ProductSearchPage {
  hits: { product: Product; score: number | null }[];
  total: number;
  lowStockCount: number;
}

export type MatchableProduct = Pick<Product, 'id' | 'sku' | 'barcode' | 'nameFr' | 'nameAr' | 'nameEn'>;

type ProductData = Omit<Prisma.ProductUncheckedCreateInput, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>;

interface Actor {
  userId: string | null;
  requestId?: string | null;
}

// The same expression as the trigram index of migration 20261122000200_inventory_search, so the planner can use it.
const SEARCH_TEXT = Prisma.sql`tajer_product_search_text(p."nameFr", p."nameAr", p."nameEn", p."sku", p."barcode")`;

@Injectable()
export class InventoryRepository {
  // Businesses' currencies, reused 5 min (see tenantCurrency): no screen or API changes one, so nothing drops them.
  private readonly currencies = new InvalidatedCache<string, string>({ ttlMs: 5 * 60_000, maxEntries: 1000 });
  private sessionWordThreshold?: Promise<number | null>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * The business's currency. Set when the business is created and changed by no screen or API (business settings
   * don't include it), so it is kept per business for 5 minutes: a search or a stock question no longer reads the
   * tenant row each time. The TTL only bounds how long an operator's direct SQL change takes to show.
   */
  tenantCurrency(tenantId: string): Promise<string> {
    return this.currencies.get(tenantId, async () => {
      const tenant = await this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } });
      return tenant?.currency ?? 'DZD';
    });
  }

  /** Drops the business's kept currency: its data version moved, the tenant row may have changed with it. */
  forgetCurrency(tenantId: string): void {
    this.currencies.drop(tenantId);
  }

  /**
   * The `<%` prefilter's threshold every pooled session starts with (database/session-settings.ts), read once; null
   * when the sessions lack it (then each search sets it in its transaction). A failed read is retried next time.
   */
  private sessionThreshold(): Promise<number | null> {
    this.sessionWordThreshold ??= this.prisma.$queryRaw<
      { t: string | null }[]
    >`SELECT current_setting('pg_trgm.word_similarity_threshold', true) AS t`.then(
      ([row]) => (row?.t == null || Number.isNaN(Number(row.t)) ? null : Number(row.t)),
      () => {
        this.sessionWordThreshold = undefined;
        return null;
      },
    );
    return this.sessionWordThreshold;
  }

  /**
   * One statement gives the page, the total and the low-stock count. Relevance = mean over the query words of
   * pg_trgm word_similarity against the product's normalised search text (so every word counts: "huile 5l" prefers
   * the 5 L bottle), 1 for an exact barcode/SKU. Ties are broken by how close the query is to a whole name.
   */
  async search(tenantId: string, o: ProductSearchOptions): Promise<ProductSearchPage> {
    const raw = o.rawQuery?.trim() || null;
    // coalesce: a product without barcode would make the comparison NULL, which sorts first in DESC order.
    const exact = raw ? Prisma.sql`coalesce(p."barcode" = ${raw} OR upper(p."sku") = upper(${raw}), false)` : Prisma.sql`false`;
    const query = o.tokens.join(' ');
    const filters = [Prisma.sql`p."tenantId" = ${tenantId}`];
    if (!o.includeInactive) filters.push(Prisma.sql`p."active"`);
    if (o.category) filters.push(Prisma.sql`tajer_search_norm(p."category") = tajer_search_norm(${o.category})`);
    // Prefilter served by the trigram index (one arm per word); the threshold is set for this transaction only.
    if (o.tokens.length)
      filters.push(
        Prisma.sql`(${Prisma.join(
          o.tokens.map((t) => Prisma.sql`${t} <% ${SEARCH_TEXT}`),
          ' OR ',
        )} OR ${exact})`,
      );

    const score = o.tokens.length
      ? Prisma.sql`CASE WHEN ${exact} THEN 1.0 ELSE (SELECT avg(word_similarity(t, ${SEARCH_TEXT})) FROM unnest(string_to_array(${query}, ' ')) t) END`
      : Prisma.sql`NULL`;
    const tie = o.tokens.length
      ? Prisma.sql`greatest(similarity(${query}, tajer_search_norm(p."nameFr")), similarity(${query}, tajer_search_norm(p."nameAr")), similarity(${query}, tajer_search_norm(p."nameEn")))`
      : Prisma.sql`0`;
    const order = o.tokens.length
      ? Prisma.sql`exact DESC, score + 0.5 * coalesce(tie, 0) DESC, sort_name, id`
      : o.lowStockOnly
        ? Prisma.sql`stock::float8 / greatest("reorderThreshold", 1) ASC, sort_name, id`
        : Prisma.sql`sort_name, id`;

    const statement = Prisma.sql`
      WITH matches AS (
        SELECT p.id, p.stock, p."reorderThreshold", p.stock <= p."reorderThreshold" AS low,
               tajer_search_norm(p."nameFr") AS sort_name,
               (${score})::float8 AS score, ${exact} AS exact, (${tie})::float8 AS tie
        FROM "Product" p
        WHERE ${Prisma.join(filters, ' AND ')}
      ), kept AS (
        -- An exact barcode/SKU hit is what was meant: the fuzzy neighbours (EPI-002, similar barcodes) are dropped.
        SELECT * FROM matches
        WHERE ${o.tokens.length ? Prisma.sql`score >= ${o.minScore}` : Prisma.sql`true`}
          AND (exact OR NOT EXISTS (SELECT 1 FROM matches WHERE exact))
      ), listed AS (
        SELECT *, row_number() OVER (ORDER BY ${order}) AS ord FROM kept WHERE ${o.lowStockOnly ? Prisma.sql`low` : Prisma.sql`true`}
      )
      SELECT (SELECT count(*) FROM listed)::int AS total,
             (SELECT count(*) FROM kept WHERE low)::int AS "lowStockCount",
             coalesce((SELECT json_agg(json_build_object('id', id, 'score', score) ORDER BY ord)
                       FROM listed WHERE ord > ${o.offset} AND ord <= ${o.offset + o.limit}), '[]'::json) AS hits`;

    type PageRow = { total: number; lowStockCount: number; hits: unknown };
    // Without words there is no trigram prefilter, so no threshold to set. With words, the sessions' own threshold
    // serves when it is at most the score kept (it then only lets more rows through to the score filter): one
    // statement. Otherwise the threshold is set for a transaction of four (BEGIN, set_config, the query, COMMIT).
    const session = o.tokens.length ? await this.sessionThreshold() : null;
    const rows =
      o.tokens.length && (session === null || session > o.minScore)
        ? (
            await this.prisma.$transaction([
              this.prisma.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(o.minScore)}, true)`,
              this.prisma.$queryRaw<PageRow[]>(statement),
            ])
          )[1]
        : await this.prisma.$queryRaw<PageRow[]>(statement);
    const row = rows[0];
    const hits = (typeof row.hits === 'string' ? JSON.parse(row.hits) : row.hits) as { id: string; score: number | null }[];
    const products = await this.prisma.product.findMany({ where: { tenantId, id: { in: hits.map((h) => h.id) } } });
    const byId = new Map(products.map((p) => [p.id, p]));
    return {
      hits: hits.filter((h) => byId.has(h.id)).map((h) => ({ product: byId.get(h.id)!, score: h.score })),
      total: Number(row.total),
      lowStockCount: Number(row.lowStockCount),
    };
  }

  findById(tenantId: string, id: string) {
    return this.prisma.product.findFirst({ where: { id, tenantId } });
  }

  findBySku(tenantId: string, sku: string) {
    return this.prisma.product.findFirst({ where: { tenantId, sku: { equals: sku, mode: 'insensitive' } } });
  }

  /** The next free generated SKU ("P-00001", "P-00002"…) for a product added without one. */
  async nextGeneratedSku(tenantId: string): Promise<string> {
    const [row] = await this.prisma.$queryRaw<{ n: number | null }[]>`
      SELECT max(substring("sku" from '^P-([0-9]+)$')::int) AS n FROM "Product" WHERE "tenantId" = ${tenantId} AND "sku" ~ '^P-[0-9]+$'`;
    return `P-${String((row?.n ?? 0) + 1).padStart(5, '0')}`;
  }

  findByBarcode(tenantId: string, barcode: string) {
    return this.prisma.product.findFirst({ where: { tenantId, barcode } });
  }

  /** Active products whose barcode or SKU is one of `codes` (decoded barcodes / QR codes). */
  findByCodes(tenantId: string, codes: string[]) {
    if (!codes.length) return Promise.resolve([]);
    return this.prisma.product.findMany({
      where: {
        tenantId,
        active: true,
        OR: [{ barcode: { in: codes } }, ...codes.map((c) => ({ sku: { equals: c, mode: 'insensitive' as const } }))],
      },
    });
  }

  findByIds(tenantId: string, ids: string[]) {
    return this.prisma.product.findMany({ where: { tenantId, id: { in: ids } } });
  }

  /** Names and codes of every active product, for matching label text in the app. */
  listForMatching(tenantId: string): Promise<MatchableProduct[]> {
    return this.prisma.product.findMany({
      where: { tenantId, active: true },
      select: { id: true, sku: true, barcode: true, nameFr: true, nameAr: true, nameEn: true },
    });
  }

  /** Creates the product; an initial stock is recorded as a first movement. Product, movement and audit commit together. */
  create(tenantId: string, data: ProductData, actor: Actor): Promise<Product> {
    return this.uniqueSku(data.sku as string, () =>
      this.prisma.$transaction(async (tx) => {
        const product = await tx.product.create({ data: { ...data, tenantId } });
        if (product.stock !== 0) {
          await tx.stockMovement.create({
            data: {
              tenantId,
              productId: product.id,
              quantity: product.stock,
              stockBefore: 0,
              stockAfter: product.stock,
              reason: 'stock initial',
              userId: actor.userId,
            },
          });
        }
        await this.audit.record(
          {
            tenantId,
            userId: actor.userId,
            requestId: actor.requestId,
            action: 'product.create',
            entityType: 'Product',
            entityId: product.id,
            data: auditable(product),
          },
          tx,
        );
        return product;
      }),
    );
  }

  /** Null when the product does not exist for this tenant. The audit row keeps the changed fields, before and after. */
  update(tenantId: string, id: string, data: Partial<ProductData>, actor: Actor): Promise<Product | null> {
    return this.uniqueSku(data.sku as string | undefined, () =>
      this.prisma.$transaction(async (tx) => {
        const before = await tx.product.findFirst({ where: { id, tenantId } });
        if (!before) return null;
        const after = await tx.product.update({ where: { id: before.id }, data });
        const changed = Object.keys(data).filter((k) => String((before as any)[k]) !== String((after as any)[k]));
        await this.audit.record(
          {
            tenantId,
            userId: actor.userId,
            requestId: actor.requestId,
            action: 'product.update',
            entityType: 'Product',
            entityId: id,
            data: { changed, before: pick(auditable(before), changed), after: pick(auditable(after), changed) },
          },
          tx,
        );
        return after;
      }),
    );
  }

  /** Soft delete: sales history keeps pointing at the product. Null when not found. */
  deactivate(tenantId: string, id: string, actor: Actor): Promise<Product | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.product.updateMany({ where: { id, tenantId, active: true }, data: { active: false } });
      const product = await tx.product.findFirst({ where: { id, tenantId } });
      if (product && count > 0) {
        await this.audit.record(
          {
            tenantId,
            userId: actor.userId,
            requestId: actor.requestId,
            action: 'product.delete',
            entityType: 'Product',
            entityId: id,
            data: { sku: product.sku, nameFr: product.nameFr },
          },
          tx,
        );
      }
      return product;
    });
  }

  /** Turns the unique (tenantId, sku) violation into a 409 naming the SKU. */
  private async uniqueSku<T>(sku: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        throw new AppError(ErrorCode.CONFLICT, `A product with SKU "${sku}" already exists`, [
          { field: 'sku', message: 'already used by another product' },
        ]);
      }
      throw err;
    }
  }
}

function auditable(p: Product): Record<string, string | number | boolean | null> {
  return {
    sku: p.sku,
    barcode: p.barcode,
    nameFr: p.nameFr,
    nameAr: p.nameAr,
    nameEn: p.nameEn,
    category: p.category,
    unit: p.unit,
    price: Number(p.price),
    cost: p.cost === null ? null : Number(p.cost),
    stock: p.stock,
    reorderThreshold: p.reorderThreshold,
    active: p.active,
  };
}

function pick<T extends Record<string, unknown>>(o: T, keys: string[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Partial<T>;
}
