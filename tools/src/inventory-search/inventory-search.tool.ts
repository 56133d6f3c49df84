import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { startsWithWord } from '../product-resolution';
import { byUrgency, toStockView } from '../stock-lines';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { InventorySearchSchema } from './inventory-search.schema';
import { inventorySearchExamples } from './inventory-search.examples';
import { summarizeInventorySearch, type InventorySearchData } from './inventory-search.summary';
import { ACCESS } from '@tajer/contract';
import { inventorySearchSlots } from './inventory-search.slots';

/** Items kept in the result: enough for the answer and the support console, small enough for the model. */
const KEPT = 10;
/** Listing everything reads the whole (small-shop) catalogue once, to put the urgent products first. */
const CATALOGUE_PAGE = 100;

export const inventorySearchTool: ToolDefinition<typeof InventorySearchSchema> = {
  name: 'inventory_search',
  kind: 'read',
  roles: ACCESS['inventory.read'],
  description:
    "Search the shop's inventory: matching products with their current stock, unit and reorder threshold. Pass query for a product name in any language (Darija words like smid, zit, 7lib are fine); set lowStockOnly for products running low or out of stock; no arguments lists everything.",
  schema: InventorySearchSchema,
  result: TOOL_RESULTS.inventory_search,
  examples: inventorySearchExamples,
  requiresApproval: false,
  editable: [],
  slots: inventorySearchSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const query = args.query?.trim() || null;
      const lowStockOnly = args.lowStockOnly ?? false;
      const everything = !query && !lowStockOnly;
      const found = await service(ctx, 'inventory').search(ctx.tenantId, {
        query,
        lowStockOnly,
        pageSize: everything || lowStockOnly ? CATALOGUE_PAGE : KEPT,
      });
      let items = found.items.map(toStockView);
      // Lists are read most urgent first; a name search keeps its relevance order, and among equally relevant
      // products the ones whose name starts with the word asked come first ("huile": the oils before "Thon à l'huile").
      if (!query || lowStockOnly) items = [...items].sort(byUrgency);
      else
        items = [...items].sort(
          (a, b) => Math.round(((b.score ?? 0) - (a.score ?? 0)) * 100) || startsWithWord(b, query) - startsWithWord(a, query),
        );
      const data: InventorySearchData = {
        query,
        lowStockOnly,
        total: found.total,
        lowStockCount: found.lowStockCount,
        items: items.slice(0, KEPT),
      };
      return { success: true, data, records: data.items.map((p) => ({ type: 'product', id: p.id, label: p.names.fr })) };
    }),

  summarize: summarizeInventorySearch,
};
