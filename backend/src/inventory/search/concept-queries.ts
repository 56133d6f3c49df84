import { conceptWord, PRODUCT_CONCEPTS, type ProductConcept } from '@tajer/contract';
import { searchTokens } from '../../common/text/search-text';

/**
 * Generic product words by their search form (`searchTokens`), in every language and Darija spelling: « سكر » and
 * « السكر » (« skr », « alskr »), « sugar », « sokkar » all name the concept « sucre ». Single words only.
 */
const BY_TOKEN = new Map<string, ProductConcept>();
for (const concept of PRODUCT_CONCEPTS)
  for (const form of [...concept.fr, ...concept.ar, ...concept.en, ...concept.darija])
    for (const written of /[\u0600-\u06FF]/.test(form) ? [form, `ال${form}`] : [form]) {
      const words = searchTokens(written);
      if (words.length === 1 && !BY_TOKEN.has(words[0])) BY_TOKEN.set(words[0], concept);
    }

/**
 * The query with its generic product words put in the catalogue's other languages, French first, then Arabic and
 * English. A shop that typed its catalogue in French only (« Sucre 1kg ») found nothing for « السكر » or « sugar »:
 * searched again with « sucre », it finds its sugar. Empty when the query names no generic product.
 */
export function translatedQueries(tokens: readonly string[]): string[][] {
  if (!tokens.some((t) => BY_TOKEN.has(t))) return [];
  const seen = new Set([tokens.join(' ')]);
  const queries: string[][] = [];
  for (const lang of ['fr', 'ar', 'en'] as const) {
    const words = tokens.flatMap((t) => {
      const concept = BY_TOKEN.get(t);
      return concept ? searchTokens(conceptWord(concept, lang)) : [t];
    });
    const key = words.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      queries.push(words);
    }
  }
  return queries;
}
