/**
 * Personal data masking for the support console and its exports. Support staff review conversations to fix the
 * assistant, not to read customers' phone numbers: every text, JSON payload, note and e-mail they see goes through
 * here unless an administrator explicitly (and audibly) unmasks.
 *
 * Masked:
 * - e-mails: first character of the local part kept, domain kept (`karim@demo.dz` → `k•••@demo.dz`);
 * - Algerian phones: mobiles `05/06/07 xx xx xx xx`, landlines `02x/03x/04x xx xx xx`, `+213…`/`00213…`, and other
 *   international numbers `+<digits>`: prefix and last two digits kept, separators kept (`0555 12 34 67` →
 *   `05•• •• •• 67`);
 * - card-like numbers: 13–19 digits that pass the Luhn check, or written in groups 4-4-4-4 → `•••• •••• •••• 4242`;
 * - any other run of 9+ digits (account numbers, RIB, national ids…): all but the last two digits;
 * - what a cut title (60 characters and "…") leaves of an e-mail or a phone number.
 *
 * Deliberately left alone: UUIDs (record and message ids must stay usable), EAN-13 product barcodes (13 digits with a
 * valid GTIN check digit and no card checksum: support needs them to debug scans), dates, times, prices, quantities.
 * Pure functions, no dependencies: unit-tested in pii-mask.spec.ts.
 */

export const MASK = '•';

const EMAIL = String.raw`[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;
/** One optional separator between digits: space, dot, hyphen (phones are written all these ways). */
const SEP = String.raw`[ .\u00A0-]?`;
const CARD_GROUPED = String.raw`\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?`;
const DZ_INTL = String.raw`(?:\+|00)213${SEP}(?:\(0\)${SEP})?\d(?:${SEP}\d){7,8}`;
const INTL = String.raw`\+\d(?:${SEP}\d){7,14}`;
const DZ_MOBILE = String.raw`0[5-7](?:${SEP}\d){8}`;
const DZ_LANDLINE = String.raw`0[2-4](?:${SEP}\d){7}`;
const LONG_DIGITS = String.raw`\d{9,}`;
/**
 * What a cut title ("karim.benali@gmai…", "rappeler le 0555 12 3…") leaves of an e-mail or a phone: no longer a whole
 * address or number, yet still personal. Only when the cut mark follows directly.
 */
const CUT_EMAIL = String.raw`[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]*…`;
const CUT_NUMBER = String.raw`(?:\+|0)\d(?:${SEP}\d){3,}…`;

/**
 * One pass, alternatives in priority order: at any position the first alternative that matches wins, so a UUID is
 * consumed (and kept) before its digits could look like a phone, and a masked output is never re-scanned.
 * Digit patterns must not start or end inside a longer number.
 */
const PII = new RegExp(
  [
    `(?<email>${EMAIL})`,
    `(?<cutEmail>${CUT_EMAIL})`,
    `(?<uuid>${UUID})`,
    `(?<![\\d+])(?<cutNumber>${CUT_NUMBER})`,
    `(?<![\\d+])(?<card>${CARD_GROUPED})(?!\\d)`,
    `(?<![\\d+])(?<dz>${DZ_INTL})(?!\\d)`,
    `(?<![\\d+])(?<intl>${INTL})(?!\\d)`,
    `(?<![\\d+])(?<local>${DZ_MOBILE}|${DZ_LANDLINE})(?![\\d])`,
    `(?<![\\d+])(?<digits>${LONG_DIGITS})(?!\\d)`,
  ].join('|'),
  'gu',
);

/** The Luhn checksum that every payment card number satisfies. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** GTIN/EAN-13 check digit: weights 1,3,1,3… from the left over the first 12 digits. */
export function ean13Valid(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/** `karim.b@demo.dz` → `k•••@demo.dz`. The length of the local part is not revealed. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return MASK.repeat(3);
  return `${Array.from(email)[0]}${MASK.repeat(3)}${email.slice(at)}`;
}

/** Masks every digit except the first `keepStart` and the last `keepEnd`; separators and other characters stay. */
export function maskDigits(text: string, keepStart: number, keepEnd: number): string {
  const total = (text.match(/\d/g) ?? []).length;
  let seen = 0;
  return text.replace(/\d/g, (d) => {
    seen++;
    return seen <= keepStart || seen > total - keepEnd ? d : MASK;
  });
}

/** Any card-like number → `•••• •••• •••• 4242` (fixed shape: the length is not revealed either). */
export function maskCard(text: string): string {
  const digits = text.replace(/\D/g, '');
  return `${MASK.repeat(4)} ${MASK.repeat(4)} ${MASK.repeat(4)} ${digits.slice(-4)}`;
}

/** Masks the personal data found in a free text; see the file comment for what counts. */
export function maskText(text: string): string {
  if (!text) return text;
  return text.replace(PII, (match, ...rest) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>;
    if (groups.email || groups.cutEmail) return maskEmail(match);
    if (groups.cutNumber) return maskDigits(match, 2, 0);
    if (groups.uuid) return match;
    if (groups.card) return maskCard(match);
    if (groups.dz) return `${match.startsWith('00') ? '00' : '+'}213${maskDigits(match.slice(match.startsWith('00') ? 5 : 4), 0, 2)}`;
    if (groups.intl) return maskDigits(match, 2, 2);
    if (groups.local) return maskDigits(match, 2, 2);
    // A bare run of digits: a card when it has a card's length and checksum, otherwise an account/phone-like number.
    if (match.length >= 13 && match.length <= 19 && luhnValid(match)) return maskCard(match);
    if (ean13Valid(match)) return match;
    return maskDigits(match, 0, 2);
  });
}

/** JSON keys whose whole value is personal data, whatever it looks like (a phone stored as a number, a short RIB…). */
const PII_KEY = /^(phone|phones|tel|telephone|mobile|msisdn|whatsapp|email|e-mail|mail|card|cardnumber|card_number|pan|iban|rib|ccp)$/i;
/** Identifier keys: ids, barcodes and SKUs are not personal and must stay usable (links, lookups). */
const ID_KEY = /^(id|[a-z][A-Za-z0-9]*Id|[a-z0-9]+(?:_[a-z0-9]+)*_id|barcode|sku|ean|gtin|sha256|storageKey)$/;

function maskWholeValue(value: string): string {
  if (value.includes('@')) return maskEmail(value);
  const masked = maskText(value);
  if (masked !== value) return masked;
  // Too short to be recognised as a phone or a card, but the key says it is one: keep only the last two digits.
  return maskDigits(value, 0, 2);
}

/**
 * Masks a JSON value recursively (message parts, tool arguments and results, records, notes). Returns a new value;
 * the input is never modified. Numbers are only masked under a personal-data key (amounts and stock stay readable).
 */
export function maskJson<T>(value: T, key?: string): T {
  if (typeof value === 'string') {
    if (key && PII_KEY.test(key)) return maskWholeValue(value) as T;
    if (key && ID_KEY.test(key)) return (value.includes('@') ? maskText(value) : value) as T;
    return maskText(value) as T;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return (key && PII_KEY.test(key) ? maskWholeValue(String(value)) : value) as T;
  }
  if (Array.isArray(value)) return value.map((item) => maskJson(item, key)) as T;
  if (value instanceof Date) return value;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskJson(v, k);
    return out as T;
  }
  return value;
}

/** The masker to apply for a request: identity when an administrator asked to unmask. */
export type Masker = { text: (s: string) => string; json: <T>(v: T) => T; email: (s: string) => string; masked: boolean };

export const MASKING: Masker = {
  text: (s) => maskText(s),
  json: (v) => maskJson(v),
  email: (s) => (s.includes('@') ? maskEmail(s) : maskText(s)),
  masked: true,
};
export const NO_MASKING: Masker = { text: (s) => s, json: (v) => v, email: (s) => s, masked: false };
