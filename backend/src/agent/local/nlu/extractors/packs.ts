import { cueRegex, foldForCues } from './cue-regex';

/**
 * A product the catalogue sells by the whole pack of pieces: « Œufs (plateau de 30) », « Eggs (tray of 30) »,
 * « بيض (صينية 30 بيضة) », « Sacs poubelle (rouleau de 20) ». Its quantity counts packs.
 */
const PACK_NAME = /\((?:plateau|tray|صينية|rouleau|roll)[^)]*\d[^)]*\)/iu;

/** Words that count packs, not pieces: « 2 plateaux d'œufs », « 3 trays of eggs », « 2 صواني بيض ». */
const PACK_WORD = cueRegex([
  'plateau',
  'plateaux',
  'plato',
  'tray',
  'trays',
  'rouleau',
  'rouleaux',
  'roll',
  'rolls',
  'صينية',
  'صواني',
  'صينيات',
  'طبلة',
  'طبلات',
  'بلاطو',
  'بلاطوات',
]);

/**
 * The first line whose goods the catalogue counts in packs while the message counts them without a pack word:
 * « j'ai vendu 12 œufs » would record 12 trays of 30 (360 eggs). Asked, never proposed.
 */
export function piecesOfPack(lines: readonly { product?: unknown; quantity?: unknown }[], text: string) {
  if (PACK_WORD.test(foldForCues(text))) return undefined;
  return lines.find(
    (l): l is { product: string; quantity: number } =>
      typeof l.product === 'string' && typeof l.quantity === 'number' && PACK_NAME.test(l.product),
  );
}
