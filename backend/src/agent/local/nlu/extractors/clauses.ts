import { FIRST_NAMES_ARABIC } from '../lexicon/people';
import { fold } from '../normalize';

/**
 * Where one clause of a message ends: punctuation, or « et / puis / mais / and / then / but / w / و » between words. One
 * definition for the readers that take a message clause by clause (goods to come, days named, a theft, the supplier's
 * clauses), each with the flags its text needs.
 */
/** First names in Arabic script, as typed and folded (« أحمد », « احمد »). */
const ARABIC_NAMES = [...new Set(FIRST_NAMES_ARABIC.flatMap((n) => [n, fold(n)]))].sort((a, b) => b.length - a.length).join('|');

const CLAUSE_BREAK = String.raw`\s*[,،;.!?]\s*|\s+(?:et|puis|mais|and|then|but|w|و)\s+`;

/** On folded text (lower case already). */
export const CLAUSES = new RegExp(CLAUSE_BREAK, 'u');

/** On text as typed: « ET », « Mais » too. */
export const TYPED_CLAUSES = new RegExp(CLAUSE_BREAK, 'iu');

/**
 * As typed, and Arabic's « و » written on the next word's article, on « غدوة / غدا / بكرة » (« المدخول 20000 والضو 4500
 * غدوة »: the takings are today's, the bill tomorrow's) or on a first name (« بعت 3 سكر وكريم يحب 2 حليب غدوة »: Karim's
 * wish is a clause of its own — the milk was sold to him: the fourth review).
 */
export const TYPED_CLAUSES_ARABIC_AND = new RegExp(String.raw`${CLAUSE_BREAK}|\s+و(?=ال|غدو|غدا|بكر|(?:${ARABIC_NAMES})(?![\p{L}]))`, 'iu');

/** Where the clause of folded `text` holding `index` starts and ends. */
export function clauseSpan(text: string, index: number): [number, number] {
  const breaks = new RegExp(CLAUSE_BREAK, 'gu');
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    if (m.index > index) return [start, m.index];
    start = m.index + m[0].length;
  }
  return [start, text.length];
}
