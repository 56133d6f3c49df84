/**
 * Who delivers what, and when. Deliveries drive both the stock ledger (StockMovement receipts) and the
 * "marchandises" expenses, so purchases in the books match the goods that actually came in.
 */
export type SupplierKey =
  'sim' | 'cevital' | 'semmar' | 'giplait' | 'soummam' | 'boulangerie' | 'hamoud' | 'boissons' | 'henkel' | 'venus' | 'fruits' | 'frais';

export interface Supplier {
  key: SupplierKey;
  merchant: string;
  /** UTC weekdays (0 = Sunday) the supplier delivers; every day when omitted. */
  deliveryDays?: number[];
  /** Four digits used in the products' EAN-13 after the 613 (Algeria) prefix. */
  barcodeCode: string;
}

export const SUPPLIERS: Record<SupplierKey, Supplier> = {
  sim: { key: 'sim', merchant: 'Groupe SIM — dépôt Oued Smar', deliveryDays: [0], barcodeCode: '1001' },
  cevital: { key: 'cevital', merchant: 'Cevital Agro — distributeur Rouiba', deliveryDays: [1], barcodeCode: '1002' },
  semmar: { key: 'semmar', merchant: 'Ets Boudiaf — Marché de gros Semmar', deliveryDays: [2], barcodeCode: '1003' },
  giplait: { key: 'giplait', merchant: 'Laiterie de Birkhadem (Giplait)', barcodeCode: '1004' },
  soummam: { key: 'soummam', merchant: 'Soummam — distributeur Alger Est', deliveryDays: [0, 3], barcodeCode: '1005' },
  boulangerie: { key: 'boulangerie', merchant: 'Boulangerie Ezzahra', barcodeCode: '1006' },
  hamoud: { key: 'hamoud', merchant: 'Hamoud Boualem — dépôt Hussein Dey', deliveryDays: [3], barcodeCode: '1007' },
  boissons: { key: 'boissons', merchant: 'Sarl Boissons Bab Ezzouar', deliveryDays: [4], barcodeCode: '1008' },
  henkel: { key: 'henkel', merchant: 'Henkel Algérie — grossiste Baba Ali', deliveryDays: [1], barcodeCode: '1009' },
  venus: { key: 'venus', merchant: 'Venus Cosmétiques — grossiste', deliveryDays: [2], barcodeCode: '1010' },
  fruits: { key: 'fruits', merchant: 'Marché de gros des Eucalyptus', deliveryDays: [0, 3], barcodeCode: '1011' },
  frais: { key: 'frais', merchant: 'Ets Ouali — produits frais', deliveryDays: [1, 4], barcodeCode: '1012' },
};

export function deliversOn(supplier: Supplier, day: Date): boolean {
  return !supplier.deliveryDays || supplier.deliveryDays.includes(day.getUTCDay());
}
