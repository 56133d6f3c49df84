import type { Lang } from '../../chat/chat-events';
import { message } from '../../common/localisation/messages';

/**
 * « oui », « ok approve it », « واه سجلها » after a card: the owner believes it recorded, yet only the card's button
 * writes (approving by typing is not offered: the card shows the exact change, the words don't). So while a card
 * waits, a message made only of such words is told where to approve; « non » alone where to reject. Anything with
 * more in it (« non, 4 », « oui et 3 pain ») is read by the NLU as usual.
 */
const YES = new Set([
  // fr
  'oui',
  'ouais',
  'ouep',
  'ok',
  'okay',
  'oki',
  'dac',
  'daccord',
  'accord',
  'vas',
  'valide',
  'valider',
  'validez',
  'confirme',
  'confirmer',
  'confirmez',
  'approuve',
  'approuver',
  'approuvez',
  'enregistre',
  'enregistrer',
  'enregistrez',
  'bon',
  'parfait',
  'exact',
  'voila',
  // en
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'approve',
  'approved',
  'confirm',
  'confirmed',
  'go',
  'ahead',
  'record',
  'save',
  'correct',
  'right',
  'fine',
  // Darija in Latin letters
  'wah',
  'ih',
  'iyeh',
  'sajal',
  'sajalha',
  'sajelha',
  'wakha',
  'mlih',
  // ar and Darija (normalised: no vowel marks, أ/إ/آ → ا, ة → ه, ى → ي)
  'نعم',
  'ايه',
  'ايوه',
  'ايوا',
  'واه',
  'اه',
  'اكيد',
  'بالتاكيد',
  'موافق',
  'اوكي',
  'صح',
  'ماشي',
  'تمام',
  'سجل',
  'سجلها',
  'سجله',
  'سجلو',
  'سجلي',
  'سجليها',
  'احفظ',
  'احفظها',
  'اكد',
  'اكدها',
  'وافق',
]);

const NO = new Set(['non', 'no', 'nope', 'nah', 'لا', 'لالا']);

/** Words that may come with a yes or a no without making it a request of its own. */
const FILLER = new Set([
  'c',
  'd',
  'est',
  'y',
  'le',
  'la',
  'les',
  'ca',
  'cela',
  'stp',
  'svp',
  'merci',
  'moi',
  'it',
  'that',
  'this',
  'do',
  'please',
  'pls',
  'now',
  'thanks',
  'thank',
  'you',
  'daba',
  'hadi',
  'شكرا',
  'عافاك',
  'هذا',
  'هذي',
  'هاذي',
  'دابا',
  'الان',
  'من',
  'فضلك',
]);

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u0655\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/d['’]accord/g, 'daccord');

/** 'yes' or 'no' when the message says nothing else, otherwise undefined. */
export function bareAnswer(text: string): 'yes' | 'no' | undefined {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length || words.length > 6 || words.some((w) => !YES.has(w) && !NO.has(w) && !FILLER.has(w))) return undefined;
  const yes = words.some((w) => YES.has(w));
  const no = words.some((w) => NO.has(w));
  if (yes === no) return undefined;
  return yes ? 'yes' : 'no';
}

/** What a bare yes or no gets while a card waits: the card's button is the way. */
export function pendingReply(answer: 'yes' | 'no', lang: Lang): string {
  return message(lang, answer === 'yes' ? 'notice.pending.approve' : 'notice.pending.reject');
}
