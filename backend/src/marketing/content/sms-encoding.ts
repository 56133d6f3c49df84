/**
 * SMS length rules (3GPP TS 23.038). One SMS holds 160 characters of the GSM-7 alphabet, but a single character
 * outside it — an emoji, an Arabic letter, even "ç" or "ê" — switches the whole message to UCS-2 and 70 characters.
 * French copy is therefore transliterated into GSM-7 (ê → e), and Arabic copy is budgeted at 70.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters sent as an escape + one byte: they count twice. */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const BASIC = new Set(GSM7_BASIC);
const EXTENDED = new Set(GSM7_EXTENDED);

export const SMS_GSM7_LIMIT = 160;
export const SMS_UCS2_LIMIT = 70;

export type SmsEncoding = 'GSM-7' | 'UCS-2';

const TRANSLITERATION: Record<string, string> = {
  â: 'a',
  á: 'a',
  ã: 'a',
  ê: 'e',
  ë: 'e',
  î: 'i',
  ï: 'i',
  í: 'i',
  ô: 'o',
  ó: 'o',
  õ: 'o',
  û: 'u',
  ú: 'u',
  ç: 'c',
  ÿ: 'y',
  œ: 'oe',
  Œ: 'OE',
  À: 'A',
  Â: 'A',
  È: 'E',
  Ê: 'E',
  Ë: 'E',
  Î: 'I',
  Ï: 'I',
  Ô: 'O',
  Û: 'U',
  Ù: 'U',
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00A0': ' ',
  '\u202F': ' ',
  '•': '-',
  '·': '-',
};

const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}]/gu;

/** Removes emoji and the joiners/selectors that hold them together; SMS never carries them. */
export function stripEmoji(text: string): string {
  // Only the space an emoji leaves behind goes; French spacing before "!" or ":" is kept.
  return text
    .replace(new RegExp(`(?:${EMOJI.source})+ ?`, 'gu'), '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENDED.has(ch)) return false;
  return true;
}

export function smsEncoding(text: string): SmsEncoding {
  return isGsm7(text) ? 'GSM-7' : 'UCS-2';
}

/** Length as the network counts it: septets for GSM-7 (extended characters count 2), UTF-16 units for UCS-2. */
export function smsLength(text: string): number {
  if (!isGsm7(text)) return text.length;
  let n = 0;
  for (const ch of text) n += EXTENDED.has(ch) ? 2 : 1;
  return n;
}

export const smsLimit = (text: string) => (isGsm7(text) ? SMS_GSM7_LIMIT : SMS_UCS2_LIMIT);

/** Latin-script copy rewritten into GSM-7 so it keeps its 160 characters; other scripts are left alone. */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of stripEmoji(text)) {
    if (BASIC.has(ch) || EXTENDED.has(ch)) out += ch;
    else if (TRANSLITERATION[ch] !== undefined) out += TRANSLITERATION[ch];
    else if (/\p{Script=Latin}/u.test(ch)) out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    else out += ch;
  }
  return out;
}

/** Cuts at a word boundary so the text fits one SMS, ending with "..." (or "…" in UCS-2, where it is one char). */
export function truncateSms(text: string): string {
  if (smsLength(text) <= smsLimit(text)) return text;
  const gsm = isGsm7(text);
  const ellipsis = gsm ? '...' : '…';
  const limit = (gsm ? SMS_GSM7_LIMIT : SMS_UCS2_LIMIT) - ellipsis.length;
  let cut = '';
  for (const word of text.split(/(\s+)/)) {
    if (smsLength(cut + word) > limit) break;
    cut += word;
  }
  if (!cut.trim()) cut = [...text].slice(0, limit).join('');
  return cut.trimEnd().replace(/[,;:\-–]$/, '') + ellipsis;
}
