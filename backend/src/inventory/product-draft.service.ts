import { Injectable } from '@nestjs/common';
import { formatMoney, localize, type Localized } from '@tajer/contract';
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
    if (!name)
      problems.push(
        localize((l) => (l === 'fr' ? 'Il faut le nom du produit.' : l === 'ar' ? 'يلزم اسم المنتج.' : 'The product needs a name.')),
      );
    const price = draft.price ?? null;
    if (price === null)
      problems.push(
        localize((l) =>
          l === 'fr'
            ? `À quel prix vendez-vous « ${name} » ?`
            : l === 'ar'
              ? `بكم تبيع «${name}»؟`
              : `At what price do you sell "${name}"?`,
        ),
      );
    if (draft.cost === undefined) {
      warnings.push(
        localize((l) =>
          l === 'fr'
            ? "Prix d'achat inconnu : la marge de ce produit ne sera pas calculée tant qu'il n'est pas renseigné."
            : l === 'ar'
              ? 'سعر الشراء غير معروف: لن يُحسب هامش هذا المنتج حتى يُدخل.'
              : 'Cost unknown: this product has no margin until its cost is given.',
        ),
      );
    }
    const barcode = draft.barcode?.replace(/\s/g, '') || null;
    if (barcode) {
      const owner = await this.products.findByBarcode(tenantId, barcode);
      if (owner)
        problems.push(
          localize((l) =>
            l === 'fr'
              ? `Le code-barres ${barcode} est déjà celui de ${owner.nameFr}.`
              : l === 'ar'
                ? `الباركود ${barcode} مستعمل للمنتج ${owner.nameAr ?? owner.nameFr}.`
                : `Barcode ${barcode} already belongs to ${owner.nameEn ?? owner.nameFr}.`,
          ),
        );
    }
    let sku = draft.sku?.trim() || null;
    if (sku && (await this.products.findBySku(tenantId, sku)))
      problems.push(
        localize((l) =>
          l === 'fr' ? `La référence ${sku} existe déjà.` : l === 'ar' ? `المرجع ${sku} موجود.` : `SKU ${sku} already exists.`,
        ),
      );
    sku ??= await this.products.nextGeneratedSku(tenantId);

    const found = name ? await this.search.search(tenantId, { query: name, pageSize: 3 }) : { items: [] };
    const similar = found.items
      .filter((p) => (p.score ?? 0) >= 0.7)
      .map((p) => ({ id: p.id, sku: p.sku, names: p.names, price: p.price, stock: p.stock }));
    if (similar.length) {
      const names = similar.map((p) => p.names.fr).join(' / ');
      warnings.push(
        localize((l) =>
          l === 'fr'
            ? `Déjà dans le catalogue sous un nom proche : ${names}.`
            : l === 'ar'
              ? `موجود في القائمة باسم قريب: ${names}.`
              : `Already in the catalogue under a close name: ${names}.`,
        ),
      );
    }
    const product = {
      sku,
      barcode,
      names: { fr: name, ar: ARABIC.test(name) ? name : null },
      category: draft.category?.trim() || 'divers',
      unit: draft.unit?.trim() || 'unité',
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
      summary: localize((l) => {
        const p = price === null ? '?' : formatMoney(price, l, { exact: true });
        if (l === 'fr')
          return `Nouveau produit : ${name} (${product.sku}) à ${p}, stock ${product.stock} ${product.unit}, catégorie ${product.category}`;
        if (l === 'ar') return `منتج جديد: ${name} (${product.sku}) بسعر ${p}، المخزون ${product.stock}، الفئة ${product.category}`;
        return `New product: ${name} (${product.sku}) at ${p}, stock ${product.stock} ${product.unit}, category ${product.category}`;
      }),
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
