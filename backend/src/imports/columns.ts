/**
 * Which column of an uploaded sheet holds which field, from its header as people write it in French, Arabic or
 * English ("Désignation", "Prix de vente (DA)", "السعر", "Qté"). Matching ignores case, accents, Arabic diacritics,
 * punctuation and currency words; the first column that matches a field wins and later ones are reported as ignored.
 */
import { normalizeText } from '@tajer/contract';

export interface FieldSpec<F extends string = string> {
  field: F;
  /** Header spellings, in any language; compared after normalisation. */
  aliases: string[];
  /** Shown in the preview and in error messages. */
  label: { fr: string; ar: string; en: string };
}

export interface MappedColumn<F extends string = string> {
  /** 0-based position in the sheet. */
  index: number;
  /** The header as written in the file. */
  header: string;
  /** The field it feeds, or null when the column is ignored. */
  field: F | null;
  /** Why a column with a known header is ignored (e.g. a second "price" column). */
  note?: string;
}

export interface ColumnMapping<F extends string = string> {
  columns: MappedColumn<F>[];
  /** field → column index */
  indexOf: Partial<Record<F, number>>;
}

// Words that only say how an amount is expressed: "Prix (DA)", "Prix TTC", "السعر بالدينار".
const NOISE = new Set([
  'da',
  'dzd',
  'dinar',
  'dinars',
  'دج',
  'دينار',
  'بالدينار',
  'ttc',
  'ht',
  'de',
  'du',
  'la',
  'le',
  'l',
  'd',
  'the',
  'of',
  'unitaire',
]);

/** A header reduced to its meaningful words, e.g. "Prix de vente (DA)" → "prix vente". */
export function headerKey(header: string): string {
  return normalizeText(header)
    .split(' ')
    .filter((w) => w && !NOISE.has(w))
    .map((w) => (/^[\u0600-\u06ff]+$/.test(w) && w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ');
}

export function mapColumns<F extends string>(header: string[], specs: FieldSpec<F>[]): ColumnMapping<F> {
  const byKey = new Map<string, F>();
  for (const spec of specs) for (const alias of [spec.field, ...spec.aliases]) byKey.set(headerKey(alias), spec.field);
  const indexOf: Partial<Record<F, number>> = {};
  const columns = header.map((raw, index): MappedColumn<F> => {
    const key = headerKey(raw ?? '');
    const field = key ? (byKey.get(key) ?? null) : null;
    if (!field) return { index, header: raw, field: null };
    if (indexOf[field] !== undefined) return { index, header: raw, field: null, note: `same field as column "${header[indexOf[field]!]}"` };
    indexOf[field] = index;
    return { index, header: raw, field };
  });
  return { columns, indexOf };
}

/** How many fields a header row maps: used to pick the sheet's encoding and its header row. */
export const mappedCount = <F extends string>(header: string[], specs: FieldSpec<F>[]) =>
  mapColumns(header, specs).columns.filter((c) => c.field).length;
