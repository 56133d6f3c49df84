import { parseTypedAmount, sizeUnit } from '@tajer/contract';
import { fold, tokenize, type Token } from '../normalize';
import { ABSOLUTE_THOUSANDS, NUMBER_CONNECTORS, NUMBER_WORDS } from '../lexicon/number-words';
import { CUSTOMER_NOUNS } from '../lexicon/people';

export interface NumberMention {
  value: number;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** Written with digits (vs. words). */
  digits: boolean;
  /** An article that also means one ("un sac", "a bag"): only a fallback. */
  weak: boolean;
  /** Followed or preceded by a currency (DA, dinars, دج…). */
  currency: boolean;
  /** Said in another currency (« 50 euros », « 20 $ », « 10 دولار »): no sum in dinars. */
  foreign?: boolean;
  /** An explicit + or − typed before the number. */
  sign?: 1 | -1;
  /** Unit written right after the number (kg, l, sac, bouteilles…), folded. */
  unit?: string;
}

const CURRENCY = /^(da|dzd|dinars?|dinar|dnr|dj|douros?|دج|دينار|دنانير|دينارا|د\.ج|dz)$/;
/** Other currencies, by word or sign beside the number: the shop's amounts are in dinars, a sum in euros is asked again. */
// Not « livre(s) » (« livré » folds to it) nor « pound(s) » (« 5 pounds of sugar »): words of goods too.
const FOREIGN_WORD = /^(euros?|eur|dollars?|usd|gbp|يورو|اورو|أورو|دولار|دولارات|الاورو|اليورو|الدولار)$/;
const FOREIGN_SIGN_AFTER = /^\s*[€$£]/u;
const FOREIGN_SIGN_BEFORE = /[€$£]\s*$/u;

/** Whether the number at [start, end) of the folded text is said in another currency than the dinar. */
function inForeignCurrency(folded: string, start: number, end: number, unit: string | undefined, prev: string | null): boolean {
  return (
    (!!unit && FOREIGN_WORD.test(unit)) ||
    (!!prev && FOREIGN_WORD.test(prev)) ||
    FOREIGN_SIGN_AFTER.test(folded.slice(end)) ||
    FOREIGN_SIGN_BEFORE.test(folded.slice(0, start))
  );
}

/**
 * Letters allowed to stick to digits: units and currencies ("10kg", "500DA", "2k"); anything else is Arabizi ("3andi").
 * Not the size units' list (`sizeUnit`): « 2k » and « 500DA » are glued too, and a glued « litres » is no number's.
 */
const GLUED_SUFFIX = /^(k|kg|g|gr|l|ml|cl|da|dzd|dj|كغ|غ|دج|ل)$/;

const DOZEN = /^(douzaines?|dozens?|dozen)$/;

/** A million said in Darija or Arabic, of centimes when no dinars are said (`inDinars`); « malayen »: the plural said aloud. */
export const DARIJA_MILLIONS = ['melyoun', 'malyoun', 'mlyoun', 'mlayen', 'mlayin', 'malayen', 'malayin', 'مليون', 'ملايين', 'ملاين'];

/** What a connector adds after thousands (« 41 ألف و 200 »), and after a million (thousands: « 2 malayen w 500 »). */
const THOUSAND_REST = /^\s+(?:و|w|et|and)\s*(\d{1,3})(?!\d)/u;
const MILLION_REST = /^\s+(?:(?:و|w|et|and)\s*)?(\d{1,3})(?![\d.,])(?:\s+(?:mille|alf|alef|alaf|الف|thousand))?(?![\p{L}\p{N}])/u;

/** Words that scale the digits before them: "36 alf", "2 millions", "45 ألف". */
const THOUSANDS_WORDS = new Map<string, number>([
  ...['mille', 'milles', 'thousand', 'alf', 'alef', 'alaf', 'الف', 'الاف', 'آلاف'].map((w): [string, number] => [fold(w), 1000]),
  ...['million', 'millions', ...DARIJA_MILLIONS].map((w): [string, number] => [fold(w), 1_000_000]),
]);

// A group of three after a space is a thousands group only if no digit follows it (« Dec 1 35000 » read 1,350).
/**
 * A leading zero and five digits or more, no separator: « 0550123456 », « 05501234 »; or ten digits or more run together
 * (« 213770123456 », a number with its country code: a debt of 213 billion DA was proposed — the twenty-first review),
 * or a mobile's nine digits without its zero (« 770123456 »).
 */
const PHONE_LIKE = /^(?:0\d{5,}|\d{10,}|[567]\d{8})$/u;

const DIGITS = /([+\-−]\s?)?(\d{1,3}(?:[ .,]\d{3}(?!\d))+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)/g;

/**
 * Digits as typed: the contract's one reading of an amount (a separator before exactly three digits groups thousands,
 * « 4.500 », « 1 520 », « 2,500 »; otherwise it is the decimal mark), so the chat and the forms read « 45.000 » alike.
 */
function parseDigits(raw: string): number {
  return parseTypedAmount(raw) ?? Number(raw.replace(/\s/g, '').replace(',', '.'));
}

function nextWord(folded: string, from: number): { word: string; glued: boolean; end: number } | null {
  const m = /^(\s*)([\p{L}.]+)/u.exec(folded.slice(from));
  if (!m) return null;
  return { word: m[2].replace(/\.$/, ''), glued: m[1].length === 0, end: from + m[0].length };
}

function previousWord(folded: string, to: number): string | null {
  const m = /([\p{L}.]+)\s*$/u.exec(folded.slice(0, to));
  return m ? m[1] : null;
}

function digitMentions(folded: string): NumberMention[] {
  const out: NumberMention[] = [];
  let m: RegExpExecArray | null;
  DIGITS.lastIndex = 0;
  let covered = 0;
  while ((m = DIGITS.exec(folded))) {
    // Digits already read as part of the previous number ("41 ألف و 200").
    if (m.index < covered) continue;
    const numStart = m.index + (m[1]?.length ?? 0);
    const before = folded[m.index - 1];
    if (before && /[\p{L}\d]/u.test(before)) continue; // "l3am", "g50"
    // « Karim m'a donné 05501234 » paid 5,501,234 DA: digits run together from a leading zero are a phone or an account
    // number, never a sum (nobody writes « 020000 » for 20 000).
    if (PHONE_LIKE.test(m[2])) {
      covered = m.index + m[0].length;
      continue;
    }
    let end = m.index + m[0].length;
    let value = parseDigits(m[2]);
    let unit: string | undefined;
    let eachPiece = false;
    const next = nextWord(folded, end);
    if (next?.glued) {
      if (!GLUED_SUFFIX.test(next.word)) continue; // Arabizi: "3andi", "7lib"
    }
    const scale = next && !next.glued ? THOUSANDS_WORDS.get(next.word) : undefined;
    if (next && next.word === 'k' && next.glued) {
      value *= 1000;
      end = next.end;
    } else if (scale) {
      // "36 alf", "41 ألف و 200", "2 millions": digits scaled by a word, plus what the connector adds.
      value *= scale;
      end = next!.end;
      // After a million, what follows counts thousands, said or not (« 2 malayen w 500 », « 1 mlyoun w 200 alf » are
      // 2,500,000 and 1,200,000: they read 2,000,500 and 1,000,200 — the reviewer).
      const million = scale === 1_000_000;
      const rest = (million ? MILLION_REST : THOUSAND_REST).exec(folded.slice(end));
      if (rest) {
        value += Number(rest[1]) * (million ? 1000 : 1);
        end += rest[0].length;
      }
      unit = nextWord(folded, end)?.word;
    } else if (next && DOZEN.test(next.word)) {
      // "2 douzaines d'œufs" counts units.
      value *= 12;
      end = next.end;
      unit = nextWord(folded, end)?.word;
    } else if (next) {
      unit = next.word;
      // « 350 l'unité », « 350 l wahda »: « l » is the article, and the figure a price (each piece's), no 350 litres.
      // « zit 5 l wahda » is one 5-litre oil: « wahda » makes « l » the article only after a figure no bottle holds (the
      // review); glued (« 350 lwahda », « 70 للواحدة ») it is never a litre.
      const after = next.word === 'l' ? EACH_PIECE_AFTER_L.exec(folded.slice(next.end)) : null;
      eachPiece = (!!after && (after[1] === 'unite' || value >= 30)) || GLUED_EACH.test(next.word);
      if (eachPiece) unit = undefined;
    }
    const prev = previousWord(folded, m.index);
    const currency = eachPiece || (!!unit && CURRENCY.test(unit)) || (!!prev && CURRENCY.test(prev));
    let sign: 1 | -1 | undefined;
    if (m[1]) {
      const s = m[1].trim();
      // A hyphen glued to a previous word is punctuation ("enlève-les 3"), not a minus sign.
      const afterWord = m.index > 0 && /\p{L}/u.test(folded[m.index - 1] ?? '');
      if (!afterWord) sign = s === '+' ? 1 : -1;
    }
    const foreign = inForeignCurrency(folded, m.index, end, unit, prev);
    out.push({ value, start: numStart, end, digits: true, weak: false, currency, sign, unit, ...(foreign ? { foreign } : {}) });
    covered = end;
  }
  return out;
}

function numberWordOf(token: string): { word: string; prefixed: boolean } | null {
  if (NUMBER_WORDS.has(token) || ABSOLUTE_THOUSANDS.has(token)) return { word: token, prefixed: false };
  // Arabic conjunction glued to the number: "وعشرين", "والف".
  if (token.length > 2 && token.startsWith('و')) {
    const rest = token.slice(1);
    if (NUMBER_WORDS.has(rest) || ABSOLUTE_THOUSANDS.has(rest)) return { word: rest, prefixed: true };
  }
  return null;
}

/** « à 1100 », « at 900 », « b 3000 », « ب 1500 », « @ 250 »: a price for each of the things counted before it. */
const AT_PRICE = /(?:^|[\s(])(?:a|at|b|ب|@)\s*$/u;
/**
 * « il y a 2000 », « il a 2000 », « on a 2000 »: « a » is the verb, not « à ». « j'ai fait 20000 aujourd'hui, il y a
 * 2000 pas payés » proposed takings of 40,000,000 DA (20000 × 2000; the twenty-fourth session's reviewers).
 */
const HAS_NOT_AT = /(?:^|\s)(?:y|il|elle|on|qui|ca|cela|ya)\s+a\s*$/u;
/** Whether the folded text before a number ends with « il y a », « il a », « on a »…: the verb, no price. */
export const saysHasBefore = (foldedBefore: string): boolean => HAS_NOT_AT.test(foldedBefore);

/**
 * « J'ai acheté 50 sacs de semoule à 1100 », « 2 pneus à 8000 DA », « 30 bags of flour at 900 each »: the amount is the
 * count times the price — the price alone (1 100 DA for 50 sacks) was proposed as the expense. Undefined unless a
 * count (a whole number, no currency, no size like « 5L ») comes before a price introduced by « à / at / b / ب ».
 */
function unitPriceTotal(nums: NumberMention[], folded: string): number | typeof UNSURE | undefined {
  // Never people counted as the price (« Karim a réglé sa dette 3000, il a 2 ouvriers » made 6,000: « a » before « 2 »).
  // A price said each piece's with no « à » (« 10 sucre 350 l'unité », « chrit 10 sokar 350 da lwahda ») is one too: the
  // 350 alone was proposed as the whole purchase.
  const at = nums.findIndex((n) => {
    const before = folded.slice(0, n.start);
    const priced = AT_PRICE.test(before) || PIECE_SAID.test(folded.slice(n.end, n.end + 24));
    return priced && !HAS_NOT_AT.test(before) && !isSizeUnit(n.unit) && !countsPeople(n);
  });
  if (at <= 0) return undefined;
  // « شريت 10 شكاير سميد ب 11000 »: Darija's « ب » (« for ») gives what was paid — 110 000 was proposed. A price per
  // piece says so after it (« ب 1100 للواحدة », « b 1100 el wa7da », « الشكارة »).
  if (DARIJA_FOR.test(folded.slice(0, nums[at].start)) && !PER_PIECE.test(folded.slice(nums[at].end, nums[at].end + 24))) {
    const per = PER_MEASURE.exec(folded.slice(nums[at].end, nums[at].end + 24));
    if (!per) return undefined;
  }
  // « 20 kg de sucre à 95 DA le kilo »: a weight or a volume is the count when the price is per that unit (the 95 DA
  // of one kilo was proposed as the whole expense).
  const per = PER_MEASURE.exec(folded.slice(nums[at].end, nums[at].end + 24))?.[1];
  const measure = per ? sizeUnit(per) : undefined;
  const count = nums
    .slice(0, at)
    .reverse()
    .find(
      (n) =>
        !n.weak &&
        !n.currency &&
        (!isSizeUnit(n.unit) || (!!measure && sizeUnit(n.unit!) === measure)) &&
        (Number.isInteger(n.value) || !!measure) &&
        n.value > (measure ? 0 : 1),
    );
  if (!count) return undefined;
  // A count and a price in two things told (« et », « w », « and », « و »): « recette 20000 et le loyer passe à 30000 » read
  // 600,000,000 DA, « Karim me doit 2000 et le sucre à 120 » a debt of 240,000 — and « 1500 et à 10 DA la pièce » is a
  // count at its price. Only goods counted (a word after a count under a thousand: « 10 sacs de farine et le sac à
  // 900 », « loyer 3 mois et à 30000 le mois ») keep their price; anything else is unsure, and the sum is asked (four
  // reviews found a wrong figure each way the rule was drawn).
  if (TOLD_APART.test(folded.slice(count.end, nums[at].start))) {
    const goodsCounted = !!count.unit && !/^(?:et|w|and|puis|then|و|da|dzd|dinars?|دج)$/u.test(count.unit) && count.value < 1000;
    if (!goodsCounted) return UNSURE;
  }
  return Math.round(count.value * nums[at].value * 100) / 100;
}

/**
 * « j'ai payé 3 ouvriers 2000 chacun », « 4 workers 1500 each », « 3 khdama 2000 kol wa7ed »: a sum for each of the people
 * or things counted before it, with no « à » — the one sum (2,000) was proposed for all three (the twenty-first review).
 * Undefined unless workers or packs counted under a thousand come before a sum said « each »; unsure across « et » as
 * unitPriceTotal, or beside any other figure.
 */
function eachTotal(nums: NumberMention[], folded: string): number | typeof UNSURE | undefined {
  const at = nums.findIndex((n, i) => i > 0 && EACH.test(folded.slice(n.end, n.end + 24)));
  if (at <= 0) return undefined;
  // Workers or goods counted (« 3 ouvriers », « 5 sacs »): never a day, an hour or a length of time (« le 12 décembre j'ai
  // payé les ouvriers 2000 chacun » made 24,000 — the twenty-second review).
  const count = nums
    .slice(0, at)
    .reverse()
    .find(
      (n) =>
        !n.weak &&
        !n.currency &&
        Number.isInteger(n.value) &&
        n.value > 1 &&
        n.value < 1000 &&
        !!n.unit &&
        (WORKERS.has(n.unit) || EACH_COUNTS.test(n.unit)),
    );
  if (!count) return undefined;
  // Any other figure beside them (« recette 20000 et 3 ouvriers 2000 chacun », « … 1500 chacun pour 3 jours »): asked.
  // (the « one » of « kol wa7ed », « لكل واحد » is no figure).
  const eachEnd = nums[at].end + (EACH.exec(folded.slice(nums[at].end, nums[at].end + 24))?.[0].length ?? 0);
  const others = nums.filter((n) => n !== count && n !== nums[at] && !n.weak && !(n.start >= nums[at].end && n.start < eachEnd));
  if (others.length || TOLD_APART.test(folded.slice(count.end, nums[at].start))) return UNSURE;
  return Math.round(count.value * nums[at].value * 100) / 100;
}
/** Goods counted in their packs (« 5 sacs de sucre 4500 chacun »). */
const EACH_COUNTS =
  /^(?:sacs?|cartons?|bouteilles?|boites?|pieces?|packs?|bidons?|caisses?|bags?|boxes?|bottles?|cans?|chkara|chkayer|شكاير|شكارة|كراطن|كرطون|قارورات|علب)$/u;
const EACH =
  /^\s*(?:da|dzd|dinars?|دج|دينار)?\s*(?:chacun|chacune|each|apiece|kol ?wa7ed|kol ?wahed|kol ?wa7da|لكل واحد|كل واحد|لكل واحدة|كل واحدة)(?![\p{L}\p{N}])/u;

/** A count and a price that may be two sums: the amount is asked. */
const UNSURE = 'unsure';

/** Between two things told: « et », « w », « and », « و », a semicolon (« 3 pneus, à 8000 » is still each tyre's price). */
const TOLD_APART = /(?:^|\s)(?:et|w|and|puis|then|و)\s|[;؛]/u;

const DARIJA_FOR = /(?:^|[\s(])(?:b|bi|ب)\s*$/u;
/** « l'unité », « l wahda », « la pièce », « للواحدة » after a price with no « à »: each piece's (not « chacun », eachTotal's). */
const PIECE_SAID =
  /^\s*(?:da|dzd|dinars?|دج|دينار)?\s*(?:e?l\s*['’]?\s*(?:wa7da|wahda|wa7ed|wahed|unite)|la piece|per piece|per unit|a piece|للواحده|الواحده)(?![\p{L}\p{N}])/u;
/** The word after the article « l » that says « each »: « l'unité », « l wahda », « l wa7ed ». */
const EACH_PIECE_AFTER_L = /^\s*['’]?\s*(unite|wahda|wa7da|wahed|wa7ed|wahd|piece)(?![\p{L}\p{N}])/u;
/** « 350 lwahda », « 70 للواحدة », « 70 lwa7ed »: each piece's, said in one word. */
const GLUED_EACH = /^(?:lwahda|lwa7da|lwahed|lwa7ed|elwahda|elwa7da|للواحده|الواحده|لواحده|للوحده)$/u;
/** After a price: it is each piece's (« للواحدة », « el wa7da », « each », « الشكارة », « le sac »). */
const PER_PIECE =
  /^\s*(?:da|dzd|dinars?|دج|دينار)?\s*(?:للواحده|لواحده|الواحده|الوحده|للوحده|واحده|(?:e?l\s*['’]?\s*)(?:wa7da|wahda|wa7ed|wahed|unite)|each|per piece|per unit|a piece|chacun|chacune|la piece|le sac|the bag|(?:لل|ال)\p{L}{3,})(?![\p{L}\p{N}])/u;

/**
 * « … DA le kilo », « per kg », « للكيلو », « الكيلو »: the price is for one unit of weight or volume (its spelling is
 * the contract's, `sizeUnit`). Only kilos and litres, not every size unit: nobody prices by the gram, and a bare « l »
 * is a litre only after « le », « par », « per » or « / » (« l » alone is the article).
 */
const PER_MEASURE =
  /^\s*(?:da|dzd|dinars?|دج|دينار)?\s*(?:(?:le|la|par|per|a|the|each|\/|لل|ال)\s*)?(kilo|kilos|kg|litre|litres|liter|liters|كيلو|كغ|لتر|(?<=(?:le|par|per|\/)\s*)l)(?![\p{L}\p{N}])/u;

/** Reads spelled numbers: "trente-cinq", "mille cinq cents", "quatre-vingt-dix", "خمسة وعشرين", "3echrine alf". */
function wordMentions(folded: string, tokens: Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = numberWordOf(tokens[i].text);
    if (!first) {
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let weak = true;
    let any = false;
    let j = i;
    let lastEnd = tokens[i].end;
    while (j < tokens.length) {
      const tok = tokens[j].text;
      if (any && NUMBER_CONNECTORS.has(tok) && j + 1 < tokens.length && numberWordOf(tokens[j + 1].text)) {
        j += 1;
        continue;
      }
      const nw = numberWordOf(tok);
      if (!nw) break;
      const abs = ABSOLUTE_THOUSANDS.get(nw.word);
      const def = NUMBER_WORDS.get(nw.word);
      // Weak "un/a" only starts a number when a multiplier follows ("a hundred", "un million").
      if (def && 'weak' in def) {
        const following = tokens[j + 1] && NUMBER_WORDS.get(tokens[j + 1].text);
        const afterConnector = any && NUMBER_CONNECTORS.has(tokens[j - 1]?.text ?? '');
        // "vingt et un", "a hundred and one"; otherwise an article only counts before a multiplier.
        if (!afterConnector && (any || !(following && 'mul' in following))) break;
        current += 1;
      } else if (abs !== undefined) {
        total += current * 1000 + abs;
        current = 0;
        weak = false;
      } else if (def && 'mul' in def) {
        if (def.mul === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * def.mul;
          current = 0;
        }
        weak = false;
      } else if (def) {
        // "quatre vingt(s)" is 80, not 24.
        if (def.val === 20 && j > i && tokens[j - 1].text === 'quatre') current += 80 - 4;
        else current += def.val;
        weak = false;
      }
      any = true;
      lastEnd = tokens[j].end;
      j += 1;
    }
    if (any) {
      const next = nextWord(folded, lastEnd);
      const prev = previousWord(folded, tokens[i].start);
      const unit = next?.word;
      out.push({
        value: total + current,
        start: tokens[i].start,
        end: lastEnd,
        digits: false,
        weak,
        currency: (!!unit && CURRENCY.test(unit)) || (!!prev && CURRENCY.test(prev)),
        unit,
        ...(inForeignCurrency(folded, tokens[i].start, lastEnd, unit, prev) ? { foreign: true } : {}),
      });
      i = j;
    } else {
      // A lone weak article ("un sac"): a fallback quantity of one.
      const def = NUMBER_WORDS.get(first.word);
      if (def && 'weak' in def) {
        const next = nextWord(folded, tokens[i].end);
        out.push({ value: 1, start: tokens[i].start, end: tokens[i].end, digits: false, weak: true, currency: false, unit: next?.word });
      }
      i += 1;
    }
  }
  return out;
}

/**
 * The last texts' numbers: one message's are read 6.7 times on average (the features, the rules, the slots, the parts),
 * 10 % of `understand`'s CPU. Bounded (256 texts, emptied when full); no caller changes what it is given.
 */
const NUMBERS = new Map<string, readonly NumberMention[]>();

/** Every number in the message, in reading order, with offsets in `fold(text)`. */
export function extractNumbers(text: string): readonly NumberMention[] {
  let found = NUMBERS.get(text);
  if (!found) {
    if (NUMBERS.size >= 256) NUMBERS.clear();
    NUMBERS.set(text, (found = readNumbers(text)));
  }
  return found;
}

function readNumbers(text: string): NumberMention[] {
  // A phone number (« 0550 12 34 56 », « (05 46 37 60 03) », « +213 550… ») is no quantity or amount: its digits are
  // blanked (« Karim Haddad (0550123456) a payé 500 » was a payment of 550 123 456 DA).
  const folded = fold(text).replace(PHONE, (m) => ' '.repeat(m.length));
  const digits = digitMentions(folded);
  const tokens = tokenize(folded).filter((t) => !digits.some((d) => t.start < d.end && t.end > d.start - 1));
  return [...digits, ...wordMentions(folded, tokens)].sort((a, b) => a.start - b.start).map((n) => inDinars(n, folded));
}

/**
 * Algeria counts money in centimes aloud: « 3 ملاين » (the rent) is 3 million centimes, 30 000 DA — 3 DA was proposed —
 * and « 2 million centimes » is 20 000 DA, not 2 000 000. A million said in Arabic or Darija is of centimes unless dinars
 * follow (« 2 مليون دينار »); in French or English only when centimes are said. « ونص »: and half a million.
 */
function inDinars(n: NumberMention, folded: string): NumberMention {
  // « 3 millions de centimes », « 50 ألف تاع سنتيم »: the word after a « de ».
  const after = n.unit && /^(de|d|ta3|تاع|من)$/.test(n.unit) ? nextWord(folded, nextWord(folded, n.end)?.end ?? n.end)?.word : n.unit;
  const centimes = !!after && CENTIMES.test(after);
  const colloquial = !n.currency && DARIJA_MILLION.test(folded.slice(n.start, n.end));
  if (!centimes && !colloquial) return n;
  let value = n.value;
  let end = n.end;
  const half = colloquial ? HALF_AFTER.exec(folded.slice(end)) : null;
  if (half) {
    value += 500_000;
    end += half[0].length;
  }
  if (centimes) end = nextWord(folded, after === n.unit ? end : (nextWord(folded, end)?.end ?? end))?.end ?? end;
  return { ...n, value: value / 100, end, currency: true, unit: centimes || half ? undefined : n.unit };
}

const PHONE = /(?<![\d.,])(?:\+213[\s.]?|0)(?:[5-7](?:[\s.]?\d){8}|[2-4](?:[\s.]?\d){7})(?![\d])/gu;
const CENTIMES = /^(centimes?|cts?|santim|sentim|snitim|سنتيم|سانتيم|صانتيم|سنتيما)$/;
const DARIJA_MILLION = new RegExp(`(?:${DARIJA_MILLIONS.join('|')})(?![\\p{L}])`, 'u');
const HALF_AFTER = /^\s*(?:و\s*نص|w\s*nos|w\s*nss|w\s*ness)(?![\p{L}])/u;

/** Whether a number's unit is a size (« 5 litres », « 250 غ »): the contract's unit words, as sizes are read everywhere. */
export function isSizeUnit(unit: string | undefined): boolean {
  return !!unit && sizeUnit(unit) !== undefined;
}

const WORKER_NOUNS = ['ouvriers', 'employes', 'vendeurs', 'vendeuses', 'workers', 'employees', 'khdama', 'khdamin', 'عمال', 'خدامين'];
/** Workers counted are still a count at a price (« j'ai payé 2 employés et à 25000 » is 50,000), never a sum. */
const WORKERS = new Set(WORKER_NOUNS.map((w) => fold(w)));

/**
 * Words after a number that make it a count of people: « j'ai 2 clients qui me doivent » owes no 2 DA. The customer's
 * nouns (lexicon/people.ts) with a count's plurals and other people: suppliers, « personnes », « ناس », the shop's workers.
 */
const PEOPLE = new Set(
  [
    ...CUSTOMER_NOUNS,
    ...['clientes', 'personnes', 'people', 'fournisseurs', 'suppliers', 'nas'],
    ...['زبائن', 'زبونا', 'ناس'],
    // The shop's workers: « j'ai payé 2 employés » was an expense of 2 DA.
    ...WORKER_NOUNS,
  ].map((w) => fold(w)),
);

/** A number that counts people (« 2 clients », « 3 suppliers »): no quantity of goods, no amount of money. */
export const countsPeople = (n: NumberMention): boolean => !!n.unit && PEOPLE.has(n.unit);
/** A number that counts the shop's workers (« 3 ouvriers », « 2 employés »). */
export const countsWorkers = (n: NumberMention): boolean => !!n.unit && WORKERS.has(n.unit);

/** The amount of money in a message: a number marked as currency first, else the largest real number. */
export function extractAmount(text: string): number | undefined {
  const all = extractNumbers(text);
  // « Karim a payé 50 euros » proposed 50 DA: a message with a sum in another currency is asked in dinars — a sum in
  // dinars beside it may be a rate (« 50 euros à 240 da ») or a part (« 100 euros et 5000 da »).
  if (all.some((n) => n.foreign)) return undefined;
  const nums = all.filter((n) => n.value > 0 && !countsPeople(n));
  const folded = fold(text);
  const perUnit = unitPriceTotal(
    all.filter((n) => n.value > 0 && (!countsPeople(n) || countsWorkers(n))),
    folded,
  );
  if (perUnit === UNSURE) return undefined;
  if (perUnit !== undefined) return perUnit;
  // People counted too: « j'ai payé 3 ouvriers 2000 chacun » is 6,000.
  const each = eachTotal(
    all.filter((n) => n.value > 0),
    folded,
  );
  if (each === UNSURE) return undefined;
  if (each !== undefined) return each;
  const part = partOfWhole(nums, folded);
  if (part !== undefined) return part;
  const currency = nums.filter((n) => n.currency);
  if (currency.length) return currency[currency.length - 1].value;
  const strong = nums.filter((n) => !n.weak);
  // A size unit ("5L") is rarely an amount, but Arabizi "l" also means "to the" ("3echrine alf l mol dar").
  const unsized = strong.filter((n) => !isSizeUnit(n.unit));
  const pool = unsized.length ? unsized : strong;
  if (pool.length) return Math.max(...pool.map((n) => n.value));
  return undefined;
}

/** « 2000 sur les 5000 », « 2000 of the 5000 », « 1500 da men 5000 », « 2000 من 5000 »: a part of a whole. */
const OF_THE_WHOLE = /^\s*(?:sur|of|out of|men|mel|من)\s+(?:(?:les|the|el|l)\s+)?$/u;

/**
 * « j'ai payé 2000 sur les 5000 du loyer », « Karim khlas 1500 da men 5000 da »: the part said of a whole is the sum
 * (the whole, the larger, was proposed as paid). Undefined when no two sums are said that way.
 */
function partOfWhole(nums: NumberMention[], folded: string): number | undefined {
  // Two sums only: « payé 3 sur 12 mois de loyer 45000 », « 2 sur 3 caisses : 18000 » count months and tills.
  const said = nums.filter((n) => !n.weak);
  if (said.length !== 2) return undefined;
  const [part, whole] = said;
  // Not a count (« 2 of the 3 bills », « 20 sur 50 sacs »): sums of dinars, at least 100.
  if (part.value < 100 || part.value >= whole.value || isSizeUnit(part.unit) || isSizeUnit(whole.unit)) return undefined;
  const between = folded.slice(part.end, whole.start).replace(/^\s*(?:da|dzd|dinars?|دج)(?![\p{L}])/u, '');
  return OF_THE_WHOLE.test(between) ? part.value : undefined;
}

/** Paying or handing money over, folded (« a payé », « khlas », « 3tani », « وخلص », « دفع »): the paid sum follows it. */
const PAID_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:paye[es]?|paid|pays|regle[es]?|rembourse[es]?|verse[es]?|donne|gave|settled|repaid|` +
    String.raw`kh[ae]?l+[ae]?s\p{L}*|a?3tani|a?3tatni|jab|jabet|jabli|dfa3\p{L}*|r[a]?j+a3\p{L}*|` +
    String.raw`و?(?:خلص|دفع|عطا|جاب|رجع|سدد)\p{L}*)(?![\p{L}])`,
  'gu',
);

/** A count of times (« 2 fois 500 », « 2 x 500 », « 3 مرات »): the sum paid is not said by itself — asked. */
const TIMES = new Set(['fois', 'times', 'x', 'marrat', 'marat', 'مرات', 'مره', 'مرة']);
/** « 2 × 500 », « 2000 moins 500 »: a sum to work out, not said — asked. */
const WORKED_OUT = /^\s*(?:[x×*]|moins|minus|plus|na9es|ناقص)(?![\p{L}])/u;
/** « en 2 fois 1000 », « على 3 مرات 1500 »: paid in instalments, the count is not a sum and the sum is said. */
const INSTALMENTS_BEFORE = /(?:^|\s)(?:en|in|على|علي|ala|3la|f|في)\s*$/u;
/** A duration counted between the verb and the sum (« il y a 3 jours », « 2 weeks ago », « قبل 3 أيام »). */
const DURATION = new Set(
  [
    'jours',
    'jour',
    'days',
    'day',
    'weeks',
    'week',
    'semaines',
    'semaine',
    'ans',
    'years',
    'ايام',
    'أيام',
    'ساعات',
    'heures',
    'hours',
    'h',
    'min',
  ].map((w) => fold(w)),
);
/** Words a sum may be followed by (« 2000 of 5000 », « 500 w ba9i »): anything else after a number is what it counts. */
const AFTER_A_SUM = new Set(
  [
    ...['of', 'de', 'du', 'sur', 'on', 'from', 'men', 'mel', 'من', 'et', 'and', 'w', 'و', 'dont', 'pour', 'for', 'cash', 'كاش'],
    ...['puis', 'then', 'ensuite', 'mba3d', 'ba3d'],
    // When and how it was paid: « paid 300 today », « khlas 500 lyoum », « 500 par baridimob ».
    ...['today', 'yesterday', 'aujourd', 'hier', 'ce', 'this', 'lyoum', 'lbare7', 'اليوم', 'البارح', 'par', 'by', 'avec', 'with', 'b', 'ب'],
    ...['le', 'la', 'les', 'el', 'au', 'en', 'a', 'matin', 'soir', 'morning', 'tonight', 'sbah', 'l3chia', 'الصباح', 'العشية'],
    ...['at', 'vers', 'sa3a', '3la', 'nhar', 'الساعة', 'نهار', 'يوم', 'مع'],
  ].map((w) => fold(w)),
);
/** Before a number that is no sum: an hour, a day, a reference (« at 10 », « le 12 », « الساعة 5 », « n° 12345 », « facture 45 »). */
const NOT_A_SUM_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:` +
    [
      ...['at', 'a', 'le', 'du', 'n', 'no', 'numero', 'ref', 'facture', 'ticket', 'bon', 'cheque', 'code', 'transaction'],
      ...[
        'mois',
        'month',
        'semaine',
        'week',
        'vers',
        'nhar',
        'youm',
        'f',
        '3la',
        'sa3a',
        'الساعة',
        'يوم',
        'نهار',
        'مع',
        'رقم',
        'فاتورة',
        'الفاتورة',
        'شهر',
      ],
      ...[
        'samedi',
        'dimanche',
        'lundi',
        'mardi',
        'mercredi',
        'jeudi',
        'vendredi',
        'sebt',
        'l7ad',
        'letnin',
        'tlata',
        'larb3a',
        'lkhmis',
        'jom3a',
        'ljom3a',
      ],
      ...[
        'saturday',
        'sunday',
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'السبت',
        'الأحد',
        'الاثنين',
        'الثلاثاء',
        'الأربعاء',
        'الخميس',
        'الجمعة',
      ],
    ]
      .map((w) => fold(w))
      .join('|') +
    String.raw`)\s*[°º#.:]?\s*$`,
  'u',
);

/**
 * The sum a customer paid. With one sum, the amount. With two (« Karim doit 500, il a payé 200 », « كريم عليه 500 وخلص
 * 200 », « Karim 3tani 500 w khalla 2000 »), the one said right after the paying verb, at most three words on — the
 * largest was taken, so what he owed was proposed as paid. A date, an hour, a duration, a count or a reference number
 * is never the sum (« a payé le 12 mars 500 DA », « paid at 10 2000 »); a count right after the verb asks (« a payé 2
 * billets de 1000 »); with no number right after the verb, the one sum marked as money (DA, دج). Otherwise, or a count
 * of times (« 2 fois 500 »): undefined (asked).
 */
export function extractPaidAmount(text: string): number | undefined {
  const all = extractNumbers(text);
  if (all.some((n) => n.foreign)) return undefined;
  const nums = all.filter((n) => n.value > 0 && !countsPeople(n) && !n.weak && !isSizeUnit(n.unit));
  if (new Set(nums.map((n) => n.value)).size < 2) return extractAmount(text);
  const folded = fold(text);
  const money = nums.filter((n) => n.currency);
  const before = (n: NumberMention) => folded.slice(0, n.start);
  const passedOver = (n: NumberMention) =>
    (!!n.unit && (DURATION.has(n.unit) || (TIMES.has(n.unit) && INSTALMENTS_BEFORE.test(before(n))))) || NOT_A_SUM_BEFORE.test(before(n));
  // Both read only numbers not passed over (instalments and what NOT_A_SUM_BEFORE names are).
  const times = (n: NumberMention) => (!!n.unit && TIMES.has(n.unit)) || WORKED_OUT.test(folded.slice(n.end));
  const sum = (n: NumberMention) =>
    (n.currency || !n.unit || AFTER_A_SUM.has(n.unit) || /^و\p{L}/u.test(n.unit)) &&
    // Not a share, nor part of a date or an hour (« 10 % », « du 15/11 », « 10:30 »).
    !/^\s*[%/:]/u.test(folded.slice(n.end)) &&
    !/[/:]\s*$/u.test(before(n));
  const pool = money.length > 1 ? money : nums;
  for (const verb of folded.matchAll(PAID_VERB)) {
    const end = verb.index + verb[0].length;
    for (const n of pool.filter((m) => m.start >= end)) {
      if (folded.slice(end, n.start).trim().split(/\s+/u).filter(Boolean).length > 3) break;
      // A duration, an hour, a day or instalments between the verb and the sum (« paid 2 weeks ago 2000 », « at 10 »,
      // « على 3 مرات 1500 »): passed over.
      if (passedOver(n)) continue;
      if (times(n)) return undefined;
      // A bare single digit right after the verb counts bills or goods (« a payé 2 de ses factures, 4000 DA »).
      if (sum(n) && (n.currency || n.value >= 10)) return n.value;
      // A count or a date right after the verb (« a payé 2 billets de 1000 », « a payé 3 huiles à 650 DA », « a payé 2000
      // mars 12 »): asked — never the next number (it paid 12, or the unit price).
      return undefined;
    }
  }
  // No sum right after the verb (« a payé il y a 3 jours 2000 DA »): the one sum marked as money, if one is.
  return new Set(money.map((n) => n.value)).size === 1 ? money[0].value : undefined;
}

/** The sums of dinars a message says (not a count, a foreign sum or a figure under 100). */
export const moneySums = (text: string): number =>
  extractNumbers(text).filter((n) => !n.weak && !n.foreign && n.value >= 100 && !countsPeople(n)).length;
