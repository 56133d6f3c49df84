/**
 * A name's consonants as one Latin spelling, so « كريم » finds « Karim » and « بوضياف » finds « Boudiaf »: shops write
 * a customer's name in one script on the carnet and ask about them in the other. Vowels (and the long vowels ا و ي
 * inside a word) are dropped, since Latin spellings of Arabic names differ mostly there (Mohamed, Mohammed, Mouhamed),
 * except a final « a » (ة, ا), which tells Samira from Samir;
 * letters that French spelling merges are merged (ق ك → k, ث ت ط → t, ذ ض ظ د → d, س ص → s).
 */
const ARABIC: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'ch',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'd',
  غ: 'gh',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
};
/** Sun letters: « ال » before them is not heard (« نور الدين » is Noureddine), before the others it is (Abdelkader). */
const SUN = new Set([...'تثدذرزسشصضطظلن']);

function arabicSkeleton(word: string): string {
  // « نورالدين », « عبدالقادر »: the article inside a compound name.
  const w = word.replace(/(?<=.)ال(?=(.))/gu, (_, next: string) => (SUN.has(next) ? '' : 'ل'));
  let out = '';
  [...w].forEach((ch, i) => {
    if (i === 0 && ch === 'ي') out += 'y';
    else if (i === 0 && ch === 'و') out += 'w';
    else out += ARABIC[ch] ?? '';
  });
  // A final ة (folded ه) or ا is the « a » of Samira, Nadia, Rania — it tells Samira from Samir, so it is kept.
  const final = /[ها]$/u.test(word) ? 'a' : '';
  return collapse((word.endsWith('ه') && out.endsWith('h') ? out.slice(0, -1) : out) + final);
}

function latinSkeleton(word: string): string {
  const w = word
    .replace(/tch|sh/g, 'ch')
    .replace(/dj/g, 'j')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ch/g, '\u0001')
    .replace(/[cqg](?!h)/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/v/g, 'f');
  let out = '';
  [...w].forEach((ch, i) => {
    if (i === 0 && (ch === 'y' || ch === 'w')) out += ch;
    else if (ch === '\u0001') out += 'ch';
    else if (!'aeiouyw'.includes(ch)) out += ch;
  });
  // A final « a » (or « ah »: Samirah) is the ة or ا the Arabic spelling ends with.
  const final = /ah?$/.test(w) ? 'a' : '';
  return collapse(out.replace(/(?<=[^c])h$/, '') + final);
}

const collapse = (s: string) => s.replace(/(.)\1+/g, '$1');

/** The skeleton of one folded word (see `normalizeText`), in either script; empty for digits or punctuation. */
export function nameSkeleton(word: string): string {
  return /[\u0600-\u06FF]/u.test(word) ? arabicSkeleton(word) : latinSkeleton(word.replace(/[^a-z]/g, ''));
}

/** Two words of a name in different scripts that spell the same name (at least two consonants, so no « Ali » = « Li »). */
export function sameNameAcrossScripts(a: string, b: string): boolean {
  if (/[\u0600-\u06FF]/u.test(a) === /[\u0600-\u06FF]/u.test(b)) return false;
  const sa = nameSkeleton(a);
  return sa.length >= 2 && sa === nameSkeleton(b);
}

/**
 * A name before `normalizeText`, its final « ى » (alif maqsura: the « a » of Moussa, Mostafa) spelt « ىا » so the
 * folding to « ي » keeps the « a » (« هاني » stays Hani, never Hana).
 */
export const keepFinalAlif = (name: string): string => name.replace(/ى(?=$|[\s,.)])/gu, 'ىا');

/** Words that open a compound name with the next one: « بن موسى » (Benmoussa), « عبد القادر », « Abdel Kader ». */
export const JOINS_NEXT: ReadonlySet<string> = new Set(['بن', 'ben', 'عبد', 'abd', 'abdel', 'abdul', 'abdal']);
/** Words that close one with the word before: « نور الدين », « Nour Eddine » (Noureddine), « Salah Eddine ». */
export const JOINS_PREVIOUS: ReadonlySet<string> = new Set(['الدين', 'eddine', 'eddin', 'edine', 'dine', 'ddine']);

/**
 * A name's words, compound names joined: « ريم بن موسى » and « Rym Benmoussa », « Karim Ben Ali » and « Karim Benali »,
 * « عبد القادر حمدي » and « Abdelkader Hamdi », « نور الدين زياني » and « Noureddine Ziani » are the same two words.
 */
export function nameWords(normalized: string): string[] {
  const out: string[] = [];
  for (const w of normalized.split(' ').filter(Boolean)) {
    const prev = out.at(-1);
    if (prev !== undefined && (JOINS_NEXT.has(prev) || JOINS_PREVIOUS.has(w))) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}
