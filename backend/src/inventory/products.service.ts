import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { InventoryItem, toInventoryItem } from './inventory.dto';
import { InventoryRepository } from './inventory.repository';
import type { CreateProductDto, ListProductsQuery, UpdateProductDto } from './inventory.schemas';
import { InventorySearchResult, InventorySearchService } from './inventory-search.service';

export interface Actor {
  userId: string | null;
  requestId?: string | null;
}

/** Product catalogue CRUD. Stock is never edited here: it changes through movements (StockMovementsService). */
@Injectable()
export class ProductsService {
  constructor(
    private readonly products: InventoryRepository,
    private readonly searchService: InventorySearchService,
  ) {}

  list(tenantId: string, q: ListProductsQuery): Promise<InventorySearchResult> {
    return this.searchService.search(tenantId, {
      query: q.q,
      lowStockOnly: q.lowStockOnly,
      category: q.category,
      page: q.page,
      pageSize: q.pageSize,
      includeInactive: q.includeInactive,
    });
  }

  async get(tenantId: string, id: string): Promise<InventoryItem> {
    const [product, currency] = await Promise.all([this.products.findById(tenantId, id), this.products.tenantCurrency(tenantId)]);
    if (!product) throw notFound('Product');
    return toInventoryItem(product, currency);
  }

  async create(tenantId: string, dto: CreateProductDto, actor: Actor): Promise<InventoryItem> {
    await this.assertSkuFree(tenantId, dto.sku);
    if (dto.barcode) await this.assertBarcodeFree(tenantId, dto.barcode);
    const product = await this.products.create(
      tenantId,
      {
        sku: dto.sku,
        barcode: dto.barcode ?? null,
        nameFr: dto.nameFr,
        nameAr: dto.nameAr ?? null,
        nameEn: dto.nameEn ?? null,
        category: dto.category,
        unit: dto.unit,
        price: dto.price,
        cost: dto.cost ?? null,
        stock: dto.stock,
        reorderThreshold: dto.reorderThreshold,
      },
      actor,
    );
    return toInventoryItem(product, await this.products.tenantCurrency(tenantId));
  }

  async update(tenantId: string, id: string, dto: UpdateProductDto, actor: Actor): Promise<InventoryItem> {
    if (dto.sku) await this.assertSkuFree(tenantId, dto.sku, id);
    if (dto.barcode) await this.assertBarcodeFree(tenantId, dto.barcode, id);
    const product = await this.products.update(tenantId, id, dto, actor);
    if (!product) throw notFound('Product');
    return toInventoryItem(product, await this.products.tenantCurrency(tenantId));
  }

  /** Soft delete (active = false): sales and movements keep their product. Deleting twice is not an error. */
  async remove(
    tenantId: string,
    id: string,
    actor: Actor,
  ): Promise<{ id: string; active: false; sku: string; names: InventoryItem['names'] }> {
    const product = await this.products.deactivate(tenantId, id, actor);
    if (!product) throw notFound('Product');
    return { id: product.id, active: false, sku: product.sku, names: { fr: product.nameFr, ar: product.nameAr, en: product.nameEn } };
  }

  /** One barcode, one product: a scan must identify a single product of the business. */
  private async assertBarcodeFree(tenantId: string, barcode: string, exceptId?: string): Promise<void> {
    const existing = await this.products.findByBarcode(tenantId, barcode);
    if (existing && existing.id !== exceptId) {
      throw new AppError(ErrorCode.CONFLICT, `Barcode ${barcode} is already used by ${existing.nameFr} (${existing.sku})`, [
        { field: 'barcode', message: 'already used by another product' },
      ]);
    }
  }

  /** SKUs are unique per business regardless of case ("epi-001" would be the same label as "EPI-001"). */
  private async assertSkuFree(tenantId: string, sku: string, exceptId?: string): Promise<void> {
    const existing = await this.products.findBySku(tenantId, sku);
    if (existing && existing.id !== exceptId) {
      throw new AppError(ErrorCode.CONFLICT, `A product with SKU "${existing.sku}" already exists (${existing.nameFr})`, [
        { field: 'sku', message: 'already used by another product' },
      ]);
    }
  }
}
