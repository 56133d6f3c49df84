/** ISO 4217 code; the ones we detect are listed, anything else may come from `defaultCurrency`. */
export type CurrencyCode = 'DZD' | 'MYR' | 'EUR' | 'MAD' | 'TND' | 'USD' | 'GBP' | (string & {});

export interface ReceiptVat {
  /** Percent, e.g. 19 for "TVA 19 %". */
  rate?: number;
  amount?: number;
}

export interface ReceiptLineItem {
  description: string;
  quantity?: number;
  unitPrice?: number;
  amount: number;
}

/** Each 0..1: how much to trust the field (OCR word confidence × how strong the textual evidence was). */
export interface ReceiptConfidence {
  merchant: number;
  date: number;
  total: number;
  vat: number;
  currency: number;
}

/** An arithmetic check on the receipt: it holds, it fails (a misread somewhere), or the receipt does not print it. */
export type ReceiptCheck = 'ok' | 'mismatch' | 'absent';

/**
 * The consistency checks behind the total's confidence: the lines (quantity × unit price) add up to it, the TVA is
 * its share at the printed rate, cash handed over minus change equals it.
 */
export interface ReceiptChecks {
  lines: ReceiptCheck;
  vat: ReceiptCheck;
  cash: ReceiptCheck;
}

/** What could be read from a receipt. A field that was not found is null (or empty), never guessed. */
export interface ReceiptDraft {
  merchant: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  total: number | null;
  subtotal?: number;
  vat: ReceiptVat[];
  currency: CurrencyCode;
  lines: ReceiptLineItem[];
  confidence: ReceiptConfidence;
  checks: ReceiptChecks;
}

export interface ParseReceiptOptions {
  /** OCR confidence (0..1) of each line of `text` (same order as `text.split('\n')`). */
  lineConfidences?: readonly number[];
  /** Currency to assume when the receipt names none. Default 'DZD' (the product is for Algerian shops). */
  defaultCurrency?: CurrencyCode;
  /** Dates after this (plus a day of slack) are rejected as misreads. Default: now. */
  referenceDate?: Date;
}
