import { Injectable } from '@nestjs/common';
import { AnalyzeImageOptions, ImageAnalysis, ImageAnalysisService } from './analysis/image-analysis.service';
import { InventorySearchParams, InventorySearchResult, InventorySearchService, ProductResolution } from './inventory-search.service';
import { ApplyMovementInput, MovementPreview, MovementResult, StockMovementsService } from './stock-movements.service';

/**
 * What the assistant's inventory tools call (inventory_search, inventory_adjust, inventory_analyze_image): one
 * injectable with plain, self-descriptive results. The REST controllers use the same services.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly searchService: InventorySearchService,
    private readonly movements: StockMovementsService,
    private readonly images: ImageAnalysisService,
  ) {}

  /** Products by name (fr/ar/en, typos and diacritics tolerated), SKU or barcode; ranked; with low-stock counts. */
  search(tenantId: string, params: InventorySearchParams = {}): Promise<InventorySearchResult> {
    return this.searchService.search(tenantId, params);
  }

  /** "semoule" / "سميد" / "EPI-001" → the product meant, runners-up, and whether the match is clear. */
  resolveProduct(tenantId: string, nameOrSku: string): Promise<ProductResolution> {
    return this.searchService.resolveProduct(tenantId, nameOrSku);
  }

  /** The exact change ("Semoule 10kg (SIM, moyenne) : 42 → 72") without writing: for the approval card. */
  previewMovement(tenantId: string, productId: string, quantity: number): Promise<MovementPreview> {
    return this.movements.previewMovement(tenantId, productId, quantity);
  }

  /** Applies a stock movement atomically (409 INSUFFICIENT_STOCK when it would go negative). */
  applyMovement(tenantId: string, input: ApplyMovementInput): Promise<MovementResult> {
    return this.movements.applyMovement(tenantId, input);
  }

  /** Barcodes/QR codes + label text of a picture → matched products with their stock and how they were matched. */
  analyzeImage(tenantId: string, buffer: Buffer, options?: AnalyzeImageOptions): Promise<ImageAnalysis> {
    return this.images.analyzeImage(tenantId, buffer, options);
  }

  /** Same, for an image uploaded earlier (the chat passes attachment ids). */
  analyzeAttachment(tenantId: string, attachmentId: string, options?: Omit<AnalyzeImageOptions, 'attachmentId'>): Promise<ImageAnalysis> {
    return this.images.analyzeAttachment(tenantId, attachmentId, options);
  }
}
