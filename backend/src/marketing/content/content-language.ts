import type { ContentLanguage, ContentTone } from './content.types';
import { keywords, foldTopic } from './topic-words';
import type { Occasion } from './topic-lexicon';

const ENGLISH_MARKERS = new Set([
  'summer',
  'winter',
  'back',
  'school',
  'breakfast',
  'cleaning',
  'sale',
  'deals',
  'deal',
  'offer',
  'new',
  'weekend',
  'discount',
  'off',
  'the',
  'for',
  'and',
  'our',
  'best',
  'fresh',
  'eid',
  'iftar',
  'milk',
  'oil',
  'sugar',
  'flour',
  'dates',
]);
const FRENCH_MARKERS = new Set([
  'promo',
  'pour',
  'les',
  'des',
  'nos',
  'et',
  'rentree',
  'ete',
  'hiver',
  'soldes',
  'semaine',
  'du',
  'de',
  'la',
]);

/** The language the owner wrote the topic in, when it is clear; null leaves the shop's default. */
export function detectTopicLanguage(topic: string): ContentLanguage | null {
  if (/[\u0600-\u06FF]/.test(topic)) return 'ar';
  const words = foldTopic(topic).split(/\s+/);
  const en = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  const fr = words.filter((w) => FRENCH_MARKERS.has(w)).length;
  if (en > fr) return 'en';
  if (fr > 0) return 'fr';
  return null;
}

const URGENT_WORDS = [
  'vite',
  'dernier',
  'derniere',
  'derniers',
  'destockage',
  'liquidation',
  'flash',
  'limite',
  'hurry',
  'last',
  'clearance',
  'اسرعوا',
  'اخر',
  'تصفيه',
  'محدود',
];
const FESTIVE_OCCASIONS: Occasion[] = ['ramadan', 'aid_fitr', 'aid_adha', 'mawlid', 'yennayer'];

/** The tone a topic calls for when the owner did not choose one. */
export function defaultTone(topic: string, occasion: Occasion | null): ContentTone {
  const words = keywords(topic);
  if (words.some((w) => URGENT_WORDS.includes(w))) return 'urgent';
  if (occasion && FESTIVE_OCCASIONS.includes(occasion)) return 'festive';
  return 'friendly';
}

/**
 * Words that show the topic is the owner's request rather than a title: first-person words (« mes produits », "my
 * shop", « منتجاتي ») and the verbs of asking for a post (« mettre en avant », "promote", « روّج »). Such a topic must
 * not become the post's headline (« Avant mes meilleurs produits ! »): the post speaks as the shop, to customers.
 */
const REQUEST_WORDS = new Set([
  'mes',
  'mon',
  'ma',
  'je',
  'j',
  'moi',
  'avant',
  'mettre',
  'ecris',
  'ecrire',
  'redige',
  'publication',
  'publie',
  'promouvoir',
  'my',
  'me',
  'i',
  'write',
  'post',
  'promote',
  'advertise',
]);
const ARABIC_REQUEST = /(?:^|\s)(?:اكتب|أكتب|روج|روّج|انشر|منشور)|(?:منتجاتي|محلي|متجري|دكاني|حانوتي|سلعتي|زبائني)(?:\s|$)/;

export function isOwnerRequest(topic: string): boolean {
  if (ARABIC_REQUEST.test(topic)) return true;
  return foldTopic(topic)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => REQUEST_WORDS.has(w));
}
