import { TOOL_RESULTS } from '@tajer/contract';
import { ACCESS, formatDate, formatDateTime, SHOP_TIME_ZONE } from '@tajer/contract';
import { z } from 'zod';
import { changeKind } from '../direction';
import { nameIn, quote, say } from '../format';
import { isExactName } from '../product-resolution';
import { allLangs, findCustomer, money, namesOf, saleSentence, soldAtOf, type SentenceLine } from '../sales-lines';
import { assertWholeUnits } from '../quantities';
import { service, type ProductInfo, type SaleDraftInput, type SalePreviewInfo } from '../services';
import { attempt, toolCallIdOf, ToolFailure, userIdOf, type LocalizedChoice } from '../tool-kit';
import type { Lang, ToolContext, ToolDefinition } from '../types';
import { SaleLineSchema, SalesRecordSchema } from './sales-record.schema';
import { salesRecordExamples } from './sales-record.examples';
import { saleHead, summarizeSalesRecord, type SalesRecordData } from './sales-record.summary';
import { salesRecordSlots } from './sales-record.slots';

/**
 * The contract's arguments plus the SKU each line resolved to: an approval edited in the chat is re-parsed with this
 * schema, and the SKUs must survive it so the approved sale records the products that were shown.
 */
const SalesRecordToolSchema = SalesRecordSchema.extend({
  lines: z
    .array(
      SaleLineSchema.extend({
        sku: z.string().min(1).optional().describe('Catalogue SKU, filled in by the confirmation step; leave it out'),
      }),
    )
    .min(1)
    .max(50)
    .describe('What was sold: one line per product ("3 sucre et 2 café" is two lines)'),
});
type Args = z.infer<typeof SalesRecordToolSchema>;

/** The line's product as a catalogue SKU, or a question: which of these products? that one isn't in the catalogue. */
async function resolveLine(ctx: ToolContext, args: Args, index: number): Promise<ProductInfo> {
  const line = args.lines[index];
  const found = await service(ctx, 'inventory').resolveProduct(ctx.tenantId, line.sku ?? line.product);
  if (found.match && (found.confident || isExactName(line.product, found.match.product))) return found.match.product;
  // Each choice re-states the whole sale with the product picked, so it stands on its own as a new request.
  const restated = (lang: Lang, product: string): string =>
    saleSentence(
      args.lines.map((l, i): SentenceLine => ({
        product: i === index ? product : l.product,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
      })),
      { paymentMethod: args.paymentMethod, customer: args.customer, soldAt: args.soldAt },
      lang,
    );
  if (!found.match) {
    throw new ToolFailure(
      'NOT_FOUND',
      {
        fr: `Je ne trouve pas ${quote(line.product, 'fr')} dans votre catalogue : je n'ai rien enregistré. Vérifiez le nom, ou ajoutez d'abord le produit.`,
        ar: `لم أجد ${quote(line.product, 'ar')} في قائمة منتجاتك: لم أسجل شيئا. تحقق من الاسم، أو أضف المنتج أولا.`,
        en: `I can't find ${quote(line.product, 'en')} in your catalogue: nothing was recorded. Check the name, or add the product first.`,
      },
      { query: line.product },
      [
        {
          label: allLangs((lang) =>
            say(lang, {
              fr: `Ajouter ${quote(line.product, 'fr')} au catalogue`,
              ar: `إضافة ${quote(line.product, 'ar')} إلى المنتجات`,
              en: `Add ${quote(line.product, 'en')} to the catalogue`,
            }),
          ),
          text: allLangs((lang) =>
            say(lang, {
              fr: `Ajoute un nouveau produit : ${line.product}`,
              ar: `أضف منتجا جديدا: ${line.product}`,
              en: `Add a new product: ${line.product}`,
            }),
          ),
        },
      ],
    );
  }
  const candidates = [found.match, ...found.alternatives].slice(0, 5).map((m) => m.product);
  const choices: LocalizedChoice[] = candidates.map((p) => ({
    label: namesOf(p.names),
    text: allLangs((lang) => restated(lang, nameIn(p.names, lang))),
  }));
  throw new ToolFailure(
    'AMBIGUOUS_PRODUCT',
    {
      fr: `Plusieurs produits correspondent à ${quote(line.product, 'fr')}. Lequel avez-vous vendu ?`,
      ar: `عدة منتجات تطابق ${quote(line.product, 'ar')}. أيها بعت؟`,
      en: `Several products match ${quote(line.product, 'en')}. Which one did you sell?`,
    },
    { query: line.product, candidates: candidates.map((p) => ({ id: p.id, names: p.names })) },
    choices,
  );
}

/** Resolves every line and the customer, then asks the sales service for the exact sale; asks the user when unsure. */
async function preview(ctx: ToolContext, args: Args): Promise<{ preview: SalePreviewInfo; skus: string[] }> {
  // Before any question about the product: « 1,5 kg de tomates » cannot be a sale line, whichever tomatoes they are.
  for (const line of args.lines) assertWholeUnits(line.quantity, line.product);
  const products: ProductInfo[] = [];
  for (let i = 0; i < args.lines.length; i += 1) products.push(await resolveLine(ctx, args, i));
  const skus = products.map((p) => p.sku ?? p.id);
  if (args.paymentMethod === 'credit' && !args.customer) {
    throw new ToolFailure(
      'CUSTOMER_REQUIRED',
      {
        fr: 'Une vente à crédit a besoin du nom du client : à qui avez-vous vendu ?',
        ar: 'البيع بالكريدي يحتاج اسم الزبون: لمن بعت؟',
        en: 'A credit sale needs the customer: who did you sell to?',
      },
      undefined,
      [],
    );
  }
  if (args.customer) {
    await findCustomer(ctx, args.customer, (customer, lang) =>
      saleSentence(
        args.lines.map((l, i) => ({ product: nameIn(products[i].names, lang), quantity: l.quantity, unitPrice: l.unitPrice })),
        { paymentMethod: args.paymentMethod, customer, soldAt: args.soldAt },
        lang,
      ),
    );
  }
  const draft: SaleDraftInput = {
    lines: args.lines.map((l, i) => ({
      product: skus[i],
      quantity: l.quantity,
      ...(l.unitPrice !== undefined ? { unitPrice: l.unitPrice } : {}),
    })),
    ...(args.paymentMethod ? { paymentMethod: args.paymentMethod } : {}),
    ...(args.customer ? { customer: args.customer } : {}),
    ...(args.soldAt ? { soldAt: soldAtOf(args.soldAt) } : {}),
  };
  const p = await service(ctx, 'salePreview').previewSale(ctx.tenantId, draft);
  if (!p.ok || !p.input) {
    throw new ToolFailure('SALE_INCOMPLETE', {
      fr: p.problems.map((x) => x.fr).join(' ') || "Je n'ai pas pu préparer cette vente.",
      ar: p.problems.map((x) => x.ar).join(' ') || 'لم أتمكن من تحضير هذا البيع.',
      en: p.problems.map((x) => x.en).join(' ') || "I couldn't prepare this sale.",
    });
  }
  return { preview: p, skus };
}

export const salesRecordTool: ToolDefinition<typeof SalesRecordToolSchema> = {
  name: 'sales_record',
  kind: 'write',
  roles: ACCESS['sales.record'],
  needs: ['inventory', 'customers', 'salePreview', 'sales'],
  description:
    "Record a sale that already happened (the notebook way): the products sold with their quantities (\"3 sucre et 2 café\" is two lines), the price if the user says it (default the catalogue's), the payment method (cash, card, cib, edahabia, baridimob, credit) and the customer (needed for credit). The stock goes down; a credit sale adds to the customer's balance. Never use inventory_adjust for a sale. Requires the user's confirmation of the exact sale (products, prices, total, stock after, balance after) before anything is written.",
  schema: SalesRecordToolSchema,
  result: TOOL_RESULTS.sales_record,
  examples: salesRecordExamples,
  requiresApproval: true,
  editable: ['paymentMethod', 'customer'],
  slots: salesRecordSlots,

  /** The exact sale: products resolved, prices, total, stock after, the customer's balance after. Writes nothing. */
  propose: (ctx, args) =>
    attempt(ctx, async () => {
      const { preview: p, skus } = await preview(ctx, args);
      const lang = ctx.lang;
      const customerName = p.customer?.name ?? null;
      const changes: { field: string; label: string; before: number | null; after: number | string | null }[] = p.lines.map((l, i) => ({
        field: `stock.${i}`,
        label: `${changeKind('sale', lang)} — ${say(lang, { fr: `stock de ${nameIn(l.product!.names, lang)}`, ar: `مخزون ${nameIn(l.product!.names, lang)}`, en: `${nameIn(l.product!.names, lang)} stock` })}`,
        before: l.stockBefore,
        after: l.stockAfter,
      }));
      changes.push({
        field: 'total',
        // « encaissé » (cashed) only when it was: a sale on the carnet is money still owed.
        label:
          args.paymentMethod === 'credit'
            ? say(lang, { fr: 'Total à crédit', ar: 'المجموع بالكريدي', en: 'Total on credit' })
            : say(lang, { fr: 'Total encaissé', ar: 'المجموع', en: 'Total' }),
        before: null,
        after: p.total,
      });
      // A sale told for another day or hour (« hier à 19h ») said so on the card: it looked like a sale made now.
      if (args.soldAt) {
        const day = /^\d{4}-\d{2}-\d{2}$/.test(args.soldAt);
        changes.push({
          field: 'soldAt',
          label: say(lang, { fr: 'Date de la vente', ar: 'تاريخ البيع', en: 'Sale date' }),
          before: null,
          after: day ? formatDate(args.soldAt, lang) : formatDateTime(args.soldAt, lang, { timeZone: SHOP_TIME_ZONE }),
        });
      }
      if (p.customer && p.paymentMethod === 'credit') {
        changes.push({
          field: 'balance',
          label: say(lang, { fr: `Crédit de ${p.customer.name}`, ar: `دين ${p.customer.name}`, en: `${p.customer.name}'s credit` }),
          before: p.customer.balance,
          after: p.customer.balanceAfter,
        });
      }
      return {
        success: true,
        data: {
          summary: saleHead(
            p.lines.map((l) => ({ product: l.product!, quantity: l.quantity })),
            p.total,
            p.paymentMethod,
            customerName,
            lang,
            p.currency,
          ),
          changes: changes.map((c) => (c.before === null ? { field: c.field, label: c.label, after: c.after } : c)),
          notes: p.warnings.map((w) => w[lang] || w.fr),
          args: {
            lines: p.lines.map((l, i) => ({
              product: nameIn(l.product!.names, lang),
              sku: skus[i],
              quantity: l.quantity,
              unitPrice: l.unitPrice ?? undefined,
            })),
            paymentMethod: p.paymentMethod,
            // The name as given when it carries the phone that told namesakes apart: run again, it finds the same one.
            ...(customerName ? { customer: args.customer && /\d/.test(args.customer) ? args.customer : customerName } : {}),
            soldAt: p.soldAt,
          },
        },
      };
    }),

  /** Records the approved sale once (the tool call id is its idempotency key): stock down, credit up. */
  run: (ctx, args) =>
    attempt(ctx, async () => {
      const { preview: p } = await preview(ctx, args);
      const toolCallId = toolCallIdOf(ctx);
      const { sale } = await service(ctx, 'sales').recordSale(ctx.tenantId, p.input!, {
        idempotencyKey: toolCallId ?? `${ctx.conversationId}:${JSON.stringify(p.input)}`,
        source: 'chat',
        userId: userIdOf(ctx),
        toolCallId: toolCallId ?? null,
      });
      const stockOf = (productId: string) => sale.stock.find((s) => s.productId === productId);
      const data: SalesRecordData = {
        saleId: sale.id,
        day: sale.day,
        currency: sale.currency,
        paymentMethod: sale.paymentMethod,
        total: sale.total,
        lines: sale.lines.map((l) => ({
          product: { id: l.product.id, names: l.product.names, unit: l.product.unit },
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          total: l.total,
          stockBefore: stockOf(l.product.id)?.stockBefore ?? null,
          stockAfter: stockOf(l.product.id)?.stockAfter ?? null,
        })),
        customer: sale.customer
          ? { ...sale.customer, balanceAfter: p.paymentMethod === 'credit' ? (p.customer?.balanceAfter ?? null) : null }
          : null,
        warnings: sale.warnings.map((w) => w.message[ctx.lang] || w.message.fr),
      };
      return {
        success: true,
        data,
        records: [
          {
            type: 'sale',
            id: sale.id,
            label: `${money(sale.total, 'fr', sale.currency)} — ${sale.lines.map((l) => `${l.quantity} × ${l.product.names.fr}`).join(', ')}`,
          },
          ...data.lines.map((l) => ({ type: 'product', id: l.product.id, label: l.product.names.fr })),
          ...(sale.customer ? [{ type: 'customer', id: sale.customer.id, label: sale.customer.name }] : []),
        ],
      };
    }),

  summarize: summarizeSalesRecord,
};
