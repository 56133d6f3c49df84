import { Injectable } from '@nestjs/common';
import { DEFAULT_PRODUCT_CATEGORY, DEFAULT_UNIT, formatMoney, type Localized } from '@tajer/contract';
import { messages } from '../common/localisation/messages';
import { InventoryItem } from './inventory.dto';
import { InventoryRepository } from './inventory.repository';
import { InventorySearchService } from './inventory-search.service';
import type { CreateProductDto } from './inventory.schemas';
import { ProductsService } from './products.service';

/** A product as the assistant understood it (« ajoute un nouveau produit : Chips Mahboul à 30 DA »). */
export interface ProductDraft {
  /** In any language; an Arabic name is also kept as the Arabic name. */
  name: string;
  price?: number;
  cost?: number;
  stock?: number;
  unit?: string;
  category?: string;
  barcode?: string;
  sku?: string;
}

export interface ProductPreview {
  /** True when `input` can be created as is once approved. */
  ok: boolean;
  product: {
    sku: string;
    barcode: string | null;
    names: { fr: string; ar: string | null };
    category: string;
    unit: string;
    price: number | null;
    cost: number | null;
    stock: number;
  };
  /** Existing products that look the same ("Chips Mahboul 40g" when adding "chips mahboul"): maybe not new. */
  similar: { id: string; sku: string; names: InventoryItem['names']; price: number; stock: number }[];
  /** Why it cannot be created as is (no price, a barcode already used…): ask the user. */
  problems: Localized[];
  /** Created anyway, but worth saying (unknown cost, a similar product exists). */
  warnings: Localized[];
  summary: Localized;
  /** What ProductsService.createProduct records once approved; null when not ok. */
  input: CreateProductDto | null;
}

const ARABIC = /[\u0600-\u06ff]/;

/** The approval card of `products_add` and its write, on top of the catalogue CRUD. */
@Injectable()
export class ProductDraftService {
  constructor(
    private readonly products: InventoryRepository,
    private readonly search: InventorySearchService,
    private readonly crud: ProductsService,
  ) {}

  async previewProduct(tenantId: string, draft: ProductDraft): Promise<ProductPreview> {
    const name = draft.name.trim().replace(/\s+/g, ' ');
    const problems: Localized[] = [];
    const warnings: Localized[] = [];
    if (!name) problems.push(messages('inventory.draft.nameMissing'));
    const price = draft.price ?? null;
    if (price === null) problems.push(messages('inventory.draft.priceMissing', { name }));
    if (draft.cost === undefined) warnings.push(messages('inventory.draft.costUnknown'));
    const barcode = draft.barcode?.replace(/\s/g, '') || null;
    if (barcode) {
      const owner = await this.products.findByBarcode(tenantId, barcode);
      if (owner)
        problems.push(
          messages('inventory.draft.barcodeTaken', (l) => ({
            barcode,
            owner: l === 'ar' ? (owner.nameAr ?? owner.nameFr) : l === 'en' ? (owner.nameEn ?? owner.nameFr) : owner.nameFr,
          })),
        );
    }
    let sku = draft.sku?.trim() || null;
    if (sku && (await this.products.findBySku(tenantId, sku))) problems.push(messages('inventory.draft.skuTaken', { sku }));
    sku ??= await this.products.nextGeneratedSku(tenantId);

    const found = name ? await this.search.search(tenantId, { query: name, pageSize: 3 }) : { items: [] };
    const similar = found.items
      .filter((p) => (p.score ?? 0) >= 0.7)
      .map((p) => ({ id: p.id, sku: p.sku, names: p.names, price: p.price, stock: p.stock }));
    if (similar.length) {
      const names = similar.map((p) => p.names.fr).join(' / ');
      warnings.push(messages('inventory.draft.similar', { names }));
    }
    const product = {
      sku,
      barcode,
      names: { fr: name, ar: ARABIC.test(name) ? name : null },
      category: draft.category?.trim() || DEFAULT_PRODUCT_CATEGORY,
      unit: draft.unit?.trim() || DEFAULT_UNIT,
      price,
      cost: draft.cost ?? null,
      stock: draft.stock ?? 0,
    };
    const ok = problems.length === 0;
    return {
      ok,
      product,
      similar,
      problems,
      warnings,
      summary: messages('inventory.draft.summary', (l) => ({
        name,
        sku: product.sku,
        price: price === null ? '?' : formatMoney(price, l, { exact: true }),
        stock: product.stock,
        unit: product.unit,
        category: product.category,
      })),
      input: ok
        ? {
            sku: product.sku,
            barcode,
            nameFr: name,
            nameAr: product.names.ar,
            category: product.category,
            unit: product.unit,
            price: price!,
            cost: product.cost,
            stock: product.stock,
            reorderThreshold: 0,
          }
        : null,
    };
  }

  /** Creates the product the user approved (409 if its SKU or barcode was taken in the meantime). */
  createProduct(
    tenantId: string,
    input: CreateProductDto,
    actor: { userId: string | null; requestId?: string | null },
  ): Promise<InventoryItem> {
    return this.crud.create(tenantId, input, actor);
  }
}
