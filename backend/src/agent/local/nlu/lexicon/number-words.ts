/**
 * Number words, folded (no accents, Arabic folded: ة→ه, أ→ا). `mul` words scale what precedes them
 * ("trois cents", "khamsa alaf", "ثلاث مائة"); `val` words add up ("vingt cinq", "خمسة وعشرين").
 * Darija Arabizi spellings are listed because shopkeepers type amounts that way ("3echrine alf").
 */
import { fold } from '../normalize';

export type NumberWord = { val: number } | { mul: number } | { val: number; weak: true };

const V = (val: number): NumberWord => ({ val });
const M = (mul: number): NumberWord => ({ mul });

/** Keys are folded like the text they are looked up in ("مائة" → "مايه"). */
function entries(list: Record<string, number>, make: (n: number) => NumberWord): [string, NumberWord][] {
  return Object.entries(list).map(([w, n]) => [fold(w), make(n)]);
}

const VALUES: Record<string, number> = {
  // French
  zero: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50,
  soixante: 60, septante: 70, huitante: 80, nonante: 90, dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20,
  // English
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
  // Modern Standard Arabic (folded)
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثنتا: 2, احد: 1, احدي: 1,
  ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8,
  ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40,
  اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80,
  تسعون: 90, تسعين: 90, مائتان: 200, مائتين: 200, مئتان: 200, مئتين: 200, ثلاثمائه: 300, اربعمائه: 400,
  خمسمائه: 500, ستمائه: 600, سبعمائه: 700, ثمانمائه: 800, تسعمائه: 900, ثلاثميه: 300, خمسميه: 500,
  // Darija in Arabic script
  زوج: 2, تلاته: 3, ربعه: 4, تمنيه: 8, ثمنيه: 8, حداش: 11, طناش: 12, ثناش: 12, تلطاش: 13, ربعطاش: 14,
  خمسطاش: 15, سطاش: 16, سبعطاش: 17, ثمنطاش: 18, تمنطاش: 18, تسعطاش: 19, تلاثين: 30, ربعين: 40, ميتين: 200,
  // Darija in Latin letters (Arabizi)
  wa7ed: 1, wahed: 1, wahd: 1, zouj: 2, zoudj: 2, zoj: 2, tlata: 3, tlatha: 3, thlatha: 3, tleta: 3,
  arb3a: 4, reb3a: 4, rab3a: 4, khamsa: 5, setta: 6, sitta: 6, seb3a: 7, sab3a: 7, tmenya: 8, thmenya: 8,
  tmanya: 8, tes3a: 9, tis3a: 9, '3achra': 10, '3echra': 10, '3achera': 10, '7dach': 11, hdach: 11, tnach: 12,
  tlettach: 13, rba3tach: 14, khmastach: 15, settach: 16, sba3tach: 17, tmantach: 18, tsa3tach: 19,
  '3echrine': 20, '3ichrine': 20, '3echrin': 20, '3ochrine': 20, '3achrine': 20, tlatin: 30, tlatine: 30,
  tlathine: 30, reb3in: 40, reb3ine: 40, arb3in: 40, arb3ine: 40, khamsin: 50, khamsine: 50, settin: 60,
  settine: 60, sittin: 60, seb3in: 70, seb3ine: 70, tmanin: 80, tmanine: 80, tes3in: 90, tes3ine: 90,
  mitin: 200, mitine: 200,
};

/** Absolute thousands ("ألفين", "alfin") add 2000 to the total like "deux mille" would. */
const THOUSANDS: Record<string, number> = { الفان: 2000, الفين: 2000, alfin: 2000, alfine: 2000 };

const MULTIPLIERS: Record<string, number> = {
  cent: 100, cents: 100, hundred: 100, hundreds: 100, مائه: 100, ميه: 100, مئه: 100, مية: 100, mya: 100, miya: 100, mia: 100,
  mille: 1000, milles: 1000, thousand: 1000, thousands: 1000, k: 1000, الف: 1000, الاف: 1000, alf: 1000, alef: 1000,
  alaf: 1000, alaaf: 1000, million: 1e6, millions: 1e6, مليون: 1e6, ملايين: 1e6, melyoun: 1e6, malyoun: 1e6,
};

/** Articles that also mean "one": only used when no other number is in the sentence. */
const WEAK_ONES = ['un', 'une', 'one', 'a', 'an'];

export const NUMBER_WORDS = new Map<string, NumberWord>([
  ...entries(VALUES, V),
  ...entries(MULTIPLIERS, M),
  ...WEAK_ONES.map((w): [string, NumberWord] => [w, { val: 1, weak: true }]),
]);

export const ABSOLUTE_THOUSANDS = new Map(Object.entries(THOUSANDS).map(([w, n]) => [fold(w), n]));

/** Connectors allowed inside a spelled number: "vingt et un", "a hundred and five", "خمسة و عشرين". */
export const NUMBER_CONNECTORS = new Set(['et', 'and', 'و', 'w']);
