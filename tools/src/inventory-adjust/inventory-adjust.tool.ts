import { TOOL_RESULTS } from '@tajer/contract';
import { z } from 'zod';
import { nameIn, say } from '../format';
import { resolveProduct } from '../product-resolution';
import { assertWholeUnits } from '../quantities';
import { service } from '../services';
import { changeKind } from '../direction';
import { attempt, toolCallIdOf, userIdOf } from '../tool-kit';
import type { Lang, ToolDefinition } from '../types';
import { InventoryAdjustSchema } from './inventory-adjust.schema';
import { inventoryAdjustExamples } from './inventory-adjust.examples';
import {
  insufficientStock,
  movementKind,
  movementLine,
  summarizeInventoryAdjust,
  type InventoryAdjustData,
} from './inventory-adjust.summary';
import { isCountReason } from './count-reason';
import { ACCESS } from '@tajer/contract';
import { inventoryAdjustSlots } from './inventory-adjust.slots';

/**
 * The contract's arguments plus the product id the proposal resolved: an approval edited in the chat is re-parsed
 * with this schema, and the id must survive it so the approved change hits the product that was shown.
 */
const InventoryAdjustToolSchema = InventoryAdjustSchema.extend({
  productId: z
    .string()
    .min(1)
    .optional()
    .describe('Catalogue id of the product, filled in by the confirmation step; leave it out and name the product instead'),
});

const defaultReason = (quantity: number, lang: Lang) =>
  quantity > 0
    ? say(lang, { fr: 'Réception de marchandise', ar: 'استلام بضاعة', en: 'Goods received' })
    : say(lang, { fr: 'Retrait du stock', ar: 'سحب من المخزون', en: 'Removed from stock' });

export const inventoryAdjustTool: ToolDefinition<typeof InventoryAdjustToolSchema> = {
  name: 'inventory_adjust',
  kind: 'write',
  roles: ACCESS['inventory.adjust'],
  description:
    "Record a stock movement for one product that already happened: positive quantity for goods received (delivered, arrived), negative for goods removed, damaged, lost, expired or given away. Not for sales (use sales_record: a sale lowers the stock itself), not for an order to a supplier (nothing has arrived: no tool places orders — say so), not for a product missing from the catalogue (products_add), and never to answer a question about stock (inventory_search). Sizes belong to product names ('Huile Elio 5L'): never take them as the quantity. Requires the user's confirmation of the exact change (e.g. 'Réception : +30 — Semoule 10kg : 42 → 72') before anything is written.",
  schema: InventoryAdjustToolSchema,
  result: TOOL_RESULTS.inventory_adjust,
  examples: inventoryAdjustExamples,
  requiresApproval: true,
  editable: ['quantity', 'reason'],
  slots: inventoryAdjustSlots,

  /** Resolves the product and computes the exact change from the current stock; writes nothing. */
  propose: (ctx, args) =>
    attempt(ctx, async () => {
      assertWholeUnits(args.quantity, args.product);
      // The model's own productId is ignored: only a name the user can read decides which product changes.
      const product = await resolveProduct(ctx, args.product);
      const preview = await service(ctx, 'inventory').previewMovement(ctx.tenantId, product.id, args.quantity);
      if (!preview.allowed) throw insufficientStock(preview.product.names, preview.product.unit, preview.stockBefore, args.quantity);
      const name = nameIn(preview.product.names, ctx.lang);
      const reason = args.reason?.trim() || defaultReason(args.quantity, ctx.lang);
      const kind = movementKind(args.quantity, isCountReason(reason));
      return {
        success: true,
        data: {
          summary: movementLine(name, preview.stockBefore, preview.stockAfter, preview.product.unit, args.quantity, ctx.lang, kind),
          changes: [
            {
              field: 'stock',
              label: `${changeKind(kind, ctx.lang)} — ${say(ctx.lang, { fr: `stock de ${name}`, ar: `مخزون ${name}`, en: `${name} stock` })}`,
              before: preview.stockBefore,
              after: preview.stockAfter,
            },
          ],
          args: { product: name, productId: product.id, quantity: args.quantity, reason },
        },
      };
    }),

  /** Applies the approved movement atomically (the stock is re-checked in the same transaction). */
  run: (ctx, args) =>
    attempt(ctx, async () => {
      assertWholeUnits(args.quantity, args.product);
      const inventory = service(ctx, 'inventory');
      const productId = args.productId ?? (await resolveProduct(ctx, args.product)).id;
      const reason = args.reason?.trim() || defaultReason(args.quantity, ctx.lang);
      let movement;
      try {
        movement = await inventory.applyMovement(ctx.tenantId, {
          productId,
          quantity: args.quantity,
          reason,
          userId: userIdOf(ctx),
          toolCallId: toolCallIdOf(ctx),
        });
      } catch (err) {
        // The stock moved between the proposal and the approval: say it with the figures, in the user's language.
        const e = err as { code?: string; details?: { stock?: number; unit?: string } };
        if (e?.code === 'INSUFFICIENT_STOCK' && typeof e.details?.stock === 'number') {
          throw insufficientStock({ fr: args.product }, e.details.unit ?? '', e.details.stock, args.quantity);
        }
        throw err;
      }
      const data: InventoryAdjustData = {
        movementId: movement.id,
        product: { id: movement.product.id, names: movement.product.names, unit: movement.product.unit },
        quantity: movement.quantity,
        stockBefore: movement.stockBefore,
        stockAfter: movement.stockAfter,
        reason: movement.reason ?? reason,
        lowStock: movement.lowStock ?? false,
        reorderThreshold: movement.reorderThreshold ?? null,
      };
      const label = `${movement.product.names.fr} : ${movement.stockBefore} → ${movement.stockAfter}`;
      return {
        success: true,
        data,
        records: [
          { type: 'product', id: data.product.id, label: movement.product.names.fr },
          { type: 'stock_movement', id: movement.id, label },
        ],
      };
    }),

  summarize: summarizeInventoryAdjust,
};
