import type { Localized } from '@tajer/contract';
import type { PaymentMethodName } from './sales.schemas';

/**
 * The payment methods' words: a vocabulary, not a message. (The tools keep a second table, PAYMENT_LABEL in
 * tools/src/sales-lines.ts, that says « à crédit (carnet) » where this one says « à crédit »: both belong in the
 * contract's vocabularies, next to the channels and tones.)
 */
export const PAYMENT_LABELS: Record<PaymentMethodName, Localized> = {
  cash: { fr: 'espèces', ar: 'نقدا', en: 'cash' },
  card: { fr: 'carte', ar: 'بطاقة', en: 'card' },
  cib: { fr: 'carte CIB', ar: 'بطاقة CIB', en: 'CIB card' },
  edahabia: { fr: 'carte Edahabia', ar: 'البطاقة الذهبية', en: 'Edahabia card' },
  baridimob: { fr: 'BaridiMob', ar: 'بريدي موب', en: 'BaridiMob' },
  credit: { fr: 'à crédit', ar: 'بالكريدي', en: 'on credit' },
};
