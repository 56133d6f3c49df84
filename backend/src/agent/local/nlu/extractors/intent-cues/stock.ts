import { cueRegex, has } from '../cue-regex';

/**
 * Stock words and counts: « stock », « inventaire », « مخزون », and a count of the shelf (« j'ai compté 37 »,
 * « حسبت 37 ») that is not a movement.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** Explicit stock words: a sale that ALSO says "enlève-les du stock" is a stock removal (d010). */
const STOCK_WORD = cueRegex(['stock', 'inventaire', 'inventory', 'hors caisse', 'مخزون', 'المخزون', 'الستوك', 'ستوك', 'stok']);
export const hasStockWord = has(STOCK_WORD);

/** After the corrected figure of « not N but M »: M is the count, not a change (« but 2 more », « bessah 2 na9sin »). */
const NOT_A_CHANGE = String.raw`(?!\s*(?:more|less|fewer|missing|left|de plus|de moins|en plus|en moins|manquant\p{L}*|na9s\p{L}*|nak?s\p{L}*|zay?e?d\p{L}*|khar\p{L}*|bi3\p{L}*|ناقص\p{L}*|زايد\p{L}*|خرج\p{L}*|بعت\p{L}*))`;

/**
 * A count of what is on the shelf, not a movement: « j'ai compté 37 sucre », « corrige le stock de sucre à 37 », « il y a
 * 37 sucre en vrai », « I counted 37 sugar », « set the sugar stock to 37 », « حسبت 37 سكر », « 7sebt 37 sucre ». Each
 * proposed +37 — a stock of 45 would have become 82. The difference with the stock on file is the movement.
 */
const STOCK_COUNTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      // Words that say « counted » or « the real stock » by themselves; fillers (« en vrai », « bessa7 ») and « wrong »
      // alone (a price can be wrong) only count beside the stock.
      String.raw`j ai compte|jai compte|on a compte|apres comptage|comptage|inventaire|stock reel|stock physique|en stock en vrai|stock est faux|stock faux|stock is wrong|wrong stock`,
      // « corrige le stock de sucre à 37 » — never the alert level (« le stock minimum du sucre à 10 »).
      String.raw`(?:corrig\p{L}*|rectifi\p{L}*|ajust\p{L}*|mets|mettez|mettre|remets|remettre)\s+(?:le\s+)?stock(?!\s+(?:minimum|mini|min|d alerte|alerte|seuil))(?:\s+\S+){0,3}?\s+a\s+\d+`,
      String.raw`stock(?!\s+(?:minimum|mini|min|d alerte|alerte|seuil))(?:\s+\S+){0,3}?\s+est\s+(?:de|a)\s+\d+`,
      String.raw`stock(?:\s+\S+){0,3}?\s+(?:is wrong|est faux|ghalet|ghalta)`,
      String.raw`i counted|we counted|actual stock|actually have|there are actually|real stock|physical count|stock count`,
      // « il y a 10 sucre en stock », « j'ai 10 sucre en stock », « عندي 10 سكر في الستوك »: what is there, said — +10 was
      // proposed on top of the stock on file (the twenty-fifth session's reviewers, at both bases).
      String.raw`(?!.*(?:de trop|en trop|surplus|manqu|missing|extra|too many|zayed|zayda|na9es|ناقص|زايد))(?:je n ai que|j ai que|il n y a que|n y a que|il y a|il ya|y a|j ai|jai|on a|nous avons|i have|we have|there are|there is|3andi|3ndi|andi|3andna|عندي|عندنا|كاين|فيه|il reste|il me reste|reste|baqi|ba9i|b9a|باقي|بقى|مازال)\s+\d+(?:\s+\S+){0,3}?\s+(?:en stock|en stok|in stock|f stock|f stok|fel stock|fi stock|في\s+(?:ال)?(?:ستوك|مخزون|سطوك)|ف(?:ال)?(?:ستوك|مخزون|سطوك))`,
      // « stock sucre = 37 », « sucre en stock : 37 », « en stock il y a 37 sucre »: what is there, said otherwise — each was +37
      // (the twenty-sixth session's fourth review). Not « sucre 37 en stock » alone: « stock ajout sucre 20 », « 20 sucre
      // ajoutés en stock » say a movement the same way (the twenty-seventh session's reviews), so it reads as before.
      String.raw`stock(?:\s+\S+){0,3}?\s*[=:]\s*\d+`,
      String.raw`(?:en stock|in stock|f stock|fel stock|fi stock|في\s+(?:ال)?(?:ستوك|مخزون|سطوك))\s+(?:il y a|il ya|y a|j ai|on a|il reste|reste|there are|there is|i have|we have|3andi|kayen|kayn|كاين|عندي|باقي)\s+\d+`,
      String.raw`(?:عندي|عندنا|3andi|3ndi|andi|3andna)\s+(?:في\s+(?:ال)?(?:ستوك|مخزون|سطوك)|ف(?:ال)?(?:ستوك|مخزون|سطوك)|f stock|f stok|fel stock|fi stock)\s+\d+`,
      // « set the sugar stock at 37 » was +37 (the twenty-eighth session).
      String.raw`(?:set|correct|fix|adjust)\s+(?:the\s+)?(?:\S+\s+){0,2}?stock(?!\s+(?:alert|threshold|minimum|level))(?:\s+\S+){0,3}?\s+(?:to|at)\s+\d+`,
      String.raw`جرد|الجرد|جردت|العدد الحقيقي|المخزون الحقيقي|المخزون غالط|الستوك غالط|السطوك غالط`,
      String.raw`(?:صحح|عدل|اجعل|دير)\p{L}{0,2}\s+(?:ال)?(?:مخزون|ستوك|سطوك)(?:\s+\S+){0,3}?\s+(?:الي|ل)\s*\d+`,
      // « صحح الستوك تاع الزيت 12 » (no « to »): « correct » is never a delivery (it proposed +12).
      String.raw`(?:صحح|صحّح)\p{L}{0,2}\s+(?:ال)?(?:مخزون|ستوك|سطوك)(?:\s+\S+){0,3}?\s+\d+`,
      // « عندي 12 زيت في الستوك ماشي 0 » (12, not 0), as « stock ta3 zit rah 12 machi 0 »: the count said before the
      // negation. « الستوك ماشي 12، راهو 10 » (not 12: it is 10) negates the first number: not read as a count of it.
      String.raw`\d+(?:\s+\S+){0,3}?\s+(?:في\s+|ف)?(?:ال)?(?:مخزون|ستوك|سطوك)\s+ماشي\s+\d+`,
      // « الستوك ماشي 12، راهو 10 », « stock machi 12, rah 10 »: the number after the denial's correction is the count.
      // « … ماشي 12 بصح 10 », « le stock d'huile n'est pas 12, c'est 10 / mais 10 », « the oil stock isn't 12 but 10 »: the
      // same correction said with « but » (+10 was proposed on top of the stock on file).
      String.raw`(?:ال)?(?:مخزون|ستوك|سطوك)(?:\s+\S+){0,3}?\s+(?:ماشي|ليس|مش)\s+\d+\W*\s*(?:راهو|راه|هو|راهي|بصح|لكن|بل|و?لكن)\s+\d+${NOT_A_CHANGE}`,
      String.raw`stock(?:\s+\S+){0,3}?\s+(?:machi|mechi|mchi|mashi)\s+\d+\W*\s*(?:rah|raho|rahou|rahi|bessah|bessa7|bsah|bsa7|walakin)\s+\d+${NOT_A_CHANGE}`,
      String.raw`stock(?:\s+\S+){0,3}?\s+(?:n est pas|est pas|n est plus)\s+(?:de\s+|a\s+)?\d+\W*\s*(?:mais|c est|il est|il y en a|on a|j en ai)\s+\d+${NOT_A_CHANGE}`,
      String.raw`stock(?:\s+\S+){0,3}?\s+(?:is not|isn t|is no longer)\s+\d+\W*\s*(?:but|it s|it is|there are|we have|i have)\s+\d+${NOT_A_CHANGE}`,
      String.raw`7sebt|hsebt|el jard|ljard|stock ghalet|stock ghalta`,
      // « sa77a7 stock zit 12 », « 3andi 12 zit f stock, sa77a7 » (correct it), « stock ta3 zit rah 12 machi 0 »: +12 was
      // proposed on top of the stock on file.
      // Not a price corrected beside the stock (« stock sokar, sa77a7 lprix 130 »).
      String.raw`(?:sa77a7|sa7a7|sahhah|sa77ah)\s+(?:l\s*)?stock|stock\W*(?:\s+\S+){0,3}?\s+(?:sa77a7|sa7a7|sahhah|sa77ah)(?!\s+(?:l\s*)?(?:prix|soum|ssoum|price))`,
      // A count above 0 (« rah 0 machi 12 » would count the number denied).
      String.raw`stock(?:\s+\S+){0,3}?\s+rah\s+[1-9]\d*\s+(?:machi|mechi|mchi|mashi)\s+\d+`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'u',
);
/** « حسبت 37 سكر » (I counted) — also « I charged » with a customer (« حسبت لكريم 3 سكر »): a count only without one. */
const COUNTED_AR = /(?<![\p{L}\p{N}])حسبت(?![\p{L}\p{N}])/u;
export const saysCountedInArabic = has(COUNTED_AR);
export const saysStockCounted = has(STOCK_COUNTED);
