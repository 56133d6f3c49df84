import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import type { Product } from '../generated/prisma/client';
import { isLowStock, MovementView, movementSummary, ProductRef, toMovementView, toProductRef } from './inventory.dto';
import { InventoryRepository } from './inventory.repository';
import { StockMovementsRepository } from './stock-movements.repository';
import { BusinessEvents } from '../events/business-events';

export interface MovementPreview {
  product: ProductRef & { stock: number; reorderThreshold: number };
  quantity: number;
  stockBefore: number;
  /** What the stock would become (may be negative when `allowed` is false). */
  stockAfter: number;
  /** False when the movement would take the stock below zero; applying it would fail with INSUFFICIENT_STOCK. */
  allowed: boolean;
  lowStockAfter: boolean;
  /** The exact change, for the approval card: "Semoule 10kg (SIM, moyenne) : 42 → 72". */
  summary: string;
  /** Why it is not allowed, in words. */
  problem: string | null;
}

export interface ApplyMovementInput {
  /** Give productId or sku. */
  productId?: string;
  sku?: string;
  /** Signed, non-zero: + received, − removed. */
  quantity: number;
  reason: string;
  userId: string | null;
  /** The assistant's tool call that proposed it, when it came from the chat. */
  toolCallId?: string | null;
  requestId?: string | null;
}

export type MovementResult = MovementView & { lowStock: boolean; reorderThreshold: number };

export interface MovementPage {
  product: ProductRef & { stock: number };
  items: MovementView[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

@Injectable()
export class StockMovementsService {
  constructor(
    private readonly products: InventoryRepository,
    private readonly movements: StockMovementsRepository,
    private readonly events: BusinessEvents,
  ) {}

  /** The change a movement would make, computed from the current stock, without writing anything. */
  async previewMovement(tenantId: string, productId: string, quantity: number): Promise<MovementPreview> {
    assertQuantity(quantity);
    const product = await this.products.findById(tenantId, productId);
    if (!product || !product.active) throw notFound('Product');
    const stockAfter = product.stock + quantity;
    const allowed = stockAfter >= 0 || quantity > 0;
    return {
      product: { ...toProductRef(product), stock: product.stock, reorderThreshold: product.reorderThreshold },
      quantity,
      stockBefore: product.stock,
      stockAfter,
      allowed,
      lowStockAfter: stockAfter <= product.reorderThreshold,
      summary: movementSummary(product.nameFr, product.stock, stockAfter),
      problem: allowed ? null : `Only ${product.stock} ${product.unit} in stock: cannot remove ${-quantity}`,
    };
  }

  /** Applies a movement atomically; 409 INSUFFICIENT_STOCK (nothing written) if the stock would go below zero. */
  async applyMovement(tenantId: string, input: ApplyMovementInput): Promise<MovementResult> {
    assertQuantity(input.quantity);
    const productId = await this.resolveId(tenantId, input);
    const outcome = await this.movements.applyMovement({
      tenantId,
      productId,
      quantity: input.quantity,
      reason: input.reason,
      userId: input.userId,
      toolCallId: input.toolCallId,
      requestId: input.requestId,
    });
    if (!outcome.ok) {
      if (outcome.reason === 'not-found') throw notFound('Product');
      if (outcome.reason === 'inactive')
        throw new AppError(ErrorCode.CONFLICT, `${outcome.product.nameFr} is deleted: its stock cannot change`);
      throw insufficient(outcome.product, input.quantity);
    }
    const { product, movement } = outcome;
    this.events.stockChanged(
      tenantId,
      {
        id: product.id,
        sku: product.sku,
        name: { fr: product.nameFr, ar: product.nameAr, en: product.nameEn },
        unit: product.unit,
        reorderThreshold: product.reorderThreshold,
      },
      movement.stockBefore,
      movement.stockAfter,
      { type: 'stock_movement', id: movement.id },
    );
    return {
      ...toMovementView(outcome.movement, toProductRef(outcome.product)),
      lowStock: isLowStock(outcome.product),
      reorderThreshold: outcome.product.reorderThreshold,
    };
  }

  async listMovements(tenantId: string, productId: string, page = 1, pageSize = 20): Promise<MovementPage> {
    const product = await this.products.findById(tenantId, productId);
    if (!product) throw notFound('Product');
    const { total, movements } = await this.movements.listForProduct(tenantId, productId, (page - 1) * pageSize, pageSize);
    const ref = toProductRef(product);
    return {
      product: { ...ref, stock: product.stock },
      items: movements.map((m) => toMovementView(m, ref)),
      total,
      page,
      pageSize,
      pageCount: Math.ceil(total / pageSize),
    };
  }

  private async resolveId(tenantId: string, input: Pick<ApplyMovementInput, 'productId' | 'sku'>): Promise<string> {
    if (input.productId) return input.productId;
    const product = input.sku ? await this.products.findBySku(tenantId, input.sku) : null;
    if (!product) throw notFound('Product');
    return product.id;
  }
}

function assertQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity === 0) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, 'quantity must be a non-zero integer', [
      { field: 'quantity', message: 'must be a non-zero integer' },
    ]);
  }
}

function insufficient(product: Product, quantity: number): AppError {
  return new AppError(
    ErrorCode.INSUFFICIENT_STOCK,
    `Not enough stock for ${product.nameFr}: ${product.stock} ${product.unit} in stock, cannot remove ${-quantity}`,
    { productId: product.id, sku: product.sku, stock: product.stock, requested: quantity, unit: product.unit },
  );
}
