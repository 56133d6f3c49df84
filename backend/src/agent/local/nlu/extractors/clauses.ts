/**
 * Where one clause of a message ends: punctuation, or « et / puis / mais / and / then / but / w / و » between words. One
 * definition for the readers that take a message clause by clause (goods to come, days named, a theft, the supplier's
 * clauses), each with the flags its text needs.
 */
const CLAUSE_BREAK = String.raw`\s*[,،;.!?]\s*|\s+(?:et|puis|mais|and|then|but|w|و)\s+`;

/** On folded text (lower case already). */
export const CLAUSES = new RegExp(CLAUSE_BREAK, 'u');

/** On text as typed: « ET », « Mais » too. */
export const TYPED_CLAUSES = new RegExp(CLAUSE_BREAK, 'iu');

/**
 * As typed, and Arabic's « و » written on the next word's article or on « غدوة / غدا / بكرة » (« المدخول 20000 والضو 4500
 * غدوة »: the takings are today's, the bill tomorrow's).
 */
export const TYPED_CLAUSES_ARABIC_AND = new RegExp(String.raw`${CLAUSE_BREAK}|\s+و(?=ال|غدو|غدا|بكر)`, 'iu');
