import { useLang } from '../../../i18n';
import { formatMoney, formatNumber, toNumber } from '@tajer/contract';

// Money fields of the approval cards: a customer's balance and the takings' « already recorded » read as bare numbers.
const MONEY = /amount|price|total|cost|revenue|tva|vat|montant|prix|balance|alreadyRecorded|addedWithoutDetail/i;

/** A proposed value as text: amounts in DZD, numbers in the locale, anything structured as compact JSON. */
export function ValueText({ field, value }: { field: string; value: unknown }) {
  const lang = useLang();
  const n = typeof value === 'boolean' ? null : toNumber(value);
  if (n !== null) return <bdi>{MONEY.test(field) ? formatMoney(n, lang) : formatNumber(n, lang)}</bdi>;
  if (typeof value === 'string') return <bdi>{value}</bdi>;
  if (value === null || value === undefined) return <>—</>;
  return <code dir="ltr">{JSON.stringify(value)}</code>;
}
