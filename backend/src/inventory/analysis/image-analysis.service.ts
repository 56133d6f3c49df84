import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { AttachmentsService } from '../../attachments/attachments.service';
import { imageWork } from '../../attachments/image-limits';
import { checkImageBuffer, type ImageInfo } from '../../attachments/image-upload';
import { validationFailed } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { Product } from '../../generated/prisma/client';
import { InventoryItem, toInventoryItem } from '../inventory.dto';
import { InventoryRepository } from '../inventory.repository';
import { readCodes, type DecodedCode } from './barcode-reader';
import { matchLabelText } from './label-matcher';
import { LabelOcrService } from './label-ocr.service';

export type MatchMethod = 'barcode' | 'sku' | 'label-text';

export interface ImageMatch {
  product: InventoryItem;
  /** How the product was recognised: its barcode, its SKU (e.g. in a QR code), or the words of its label. */
  matchedBy: MatchMethod;
  /** Where the evidence was read: a decoded barcode/QR symbol, or the OCR text. */
  source: 'code' | 'text';
  /** 1 for an exact code; the label-text similarity (0..1) otherwise. */
  score: number;
  /** The code that matched, or the label words found. */
  evidence: string;
}

export interface ImageAnalysis {
  attachmentId: string | null;
  image: Pick<ImageInfo, 'mimeType' | 'width' | 'height'>;
  /** Every barcode / QR code decoded, matched or not. */
  codes: DecodedCode[];
  /** Label text read by OCR (null when OCR did not run). */
  text: string | null;
  ocrConfidence: number | null;
  ocrRan: boolean;
  /** Best first; one entry per product. */
  matches: ImageMatch[];
  /** One line for the assistant, e.g. "Semoule 10kg (SIM, moyenne): 42 sac in stock (barcode 6130…)". */
  summary: string;
  ms: number;
}

export interface AnalyzeImageOptions {
  /** 'auto' (default): read the label only when no code identified a product; 'always'; 'never'. */
  ocr?: 'auto' | 'always' | 'never';
  attachmentId?: string | null;
}

const METHOD_RANK: Record<MatchMethod, number> = { barcode: 0, sku: 1, 'label-text': 2 };
/** Words of the OCR text that could be a printed barcode number or a SKU. */
const CODE_LIKE = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._\-/]{2,39}$/;

/** Photo of a product, shelf or package → which of the business's products it shows, with their stock. */
@Injectable()
export class ImageAnalysisService {
  private readonly limitBytes: number;

  constructor(
    private readonly products: InventoryRepository,
    private readonly attachments: AttachmentsService,
    private readonly labelOcr: LabelOcrService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limitBytes = config.UPLOAD_MAX_BYTES;
  }

  /** REST entry point: an uploaded file, else an attachment id; 400 naming `file` when neither is given. */
  analyzeRequest(tenantId: string, input: { buffer?: Buffer; attachmentId?: string }): Promise<ImageAnalysis> {
    if (input.buffer) return this.analyzeImage(tenantId, input.buffer);
    if (input.attachmentId) return this.analyzeAttachment(tenantId, input.attachmentId);
    throw validationFailed([{ field: 'file', message: 'send an image in the "file" field (multipart) or an attachmentId (JSON)' }]);
  }

  /** An image uploaded earlier (POST /api/attachments); 404 if it is not this business's. */
  async analyzeAttachment(
    tenantId: string,
    attachmentId: string,
    options: Omit<AnalyzeImageOptions, 'attachmentId'> = {},
  ): Promise<ImageAnalysis> {
    const { buffer } = await this.attachments.read(tenantId, attachmentId);
    return this.analyzeImage(tenantId, buffer, { ...options, attachmentId });
  }

  /** Same 413/415 rules as uploads; the image is not stored. */
  async analyzeImage(tenantId: string, buffer: Buffer, options: AnalyzeImageOptions = {}): Promise<ImageAnalysis> {
    // Header checks first (size, pixel count: a decompression bomb is refused here), then the heavy work in turn.
    const image = await checkImageBuffer(buffer, this.limitBytes);
    return imageWork.run(() => this.analyzeChecked(tenantId, buffer, image, options));
  }

  private async analyzeChecked(tenantId: string, buffer: Buffer, image: ImageInfo, options: AnalyzeImageOptions): Promise<ImageAnalysis> {
    const started = performance.now();
    const [codes, currency] = await Promise.all([readCodes(buffer), this.products.tenantCurrency(tenantId)]);
    const matches = new Map<string, ImageMatch>();
    const add = (m: ImageMatch) => {
      const current = matches.get(m.product.id);
      if (
        !current ||
        METHOD_RANK[m.matchedBy] < METHOD_RANK[current.matchedBy] ||
        (m.matchedBy === current.matchedBy && m.score > current.score)
      ) {
        matches.set(m.product.id, m);
      }
    };

    for (const m of await this.matchCodes(
      tenantId,
      codes.map((c) => c.text),
      'code',
      currency,
    ))
      add(m);

    const mode = options.ocr ?? 'auto';
    const runOcr = mode === 'always' || (mode === 'auto' && matches.size === 0);
    let label: { text: string; confidence: number } | null = null;
    if (runOcr) {
      label = await this.labelOcr.recognize(buffer);
      const words = label.text.split(/\s+/).filter((w) => CODE_LIKE.test(w));
      for (const m of await this.matchCodes(tenantId, words, 'text', currency)) add(m);
      for (const m of await this.matchLabel(tenantId, label.text, currency)) add(m);
    }

    const ordered = [...matches.values()].sort((a, b) => METHOD_RANK[a.matchedBy] - METHOD_RANK[b.matchedBy] || b.score - a.score);
    return {
      attachmentId: options.attachmentId ?? null,
      image: { mimeType: image.mimeType, width: image.width, height: image.height },
      codes,
      text: label?.text ?? null,
      ocrConfidence: label?.confidence ?? null,
      ocrRan: runOcr,
      matches: ordered,
      summary: summarize(ordered, codes),
      ms: Math.round(performance.now() - started),
    };
  }

  /** Exact barcode or SKU equality with decoded symbols (or code-like words of the label). */
  private async matchCodes(tenantId: string, texts: string[], source: 'code' | 'text', currency: string): Promise<ImageMatch[]> {
    const candidates = [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
    if (!candidates.length) return [];
    const found = await this.products.findByCodes(tenantId, candidates);
    return found.map((p: Product) => {
      const byBarcode = !!p.barcode && candidates.includes(p.barcode);
      const evidence = byBarcode ? p.barcode! : candidates.find((c) => c.toUpperCase() === p.sku.toUpperCase())!;
      return { product: toInventoryItem(p, currency), matchedBy: byBarcode ? 'barcode' : 'sku', source, score: 1, evidence };
    });
  }

  private async matchLabel(tenantId: string, text: string, currency: string): Promise<ImageMatch[]> {
    if (!text.trim()) return [];
    const catalog = await this.products.listForMatching(tenantId);
    const found = matchLabelText(
      text,
      catalog.map((p) => ({ id: p.id, names: [p.nameFr, p.nameEn, p.nameAr] })),
      { limit: 3 },
    );
    if (!found.length) return [];
    const rows = new Map(
      (
        await this.products.findByIds(
          tenantId,
          found.map((f) => f.id),
        )
      ).map((p) => [p.id, p]),
    );
    return found
      .filter((f) => rows.has(f.id))
      .map((f) => ({
        product: toInventoryItem(rows.get(f.id)!, currency),
        matchedBy: 'label-text' as const,
        source: 'text' as const,
        score: f.score,
        evidence: f.matchedWords.join(' '),
      }));
  }
}

function summarize(matches: ImageMatch[], codes: DecodedCode[]): string {
  if (!matches.length) {
    return codes.length
      ? `No product of the catalogue matches the code${codes.length > 1 ? 's' : ''} read (${codes.map((c) => c.text).join(', ')}).`
      : 'No barcode, QR code or known product name was recognised in the picture.';
  }
  return matches
    .map((m) => {
      const how = m.matchedBy === 'label-text' ? `label text, score ${m.score}` : `${m.matchedBy} ${m.evidence}`;
      return `${m.product.names.fr}: ${m.product.stock} ${m.product.unit} in stock${m.product.lowStock ? ' (low)' : ''} (${how})`;
    })
    .join('; ');
}
