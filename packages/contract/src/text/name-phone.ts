/**
 * « Amel Ait Kaci (05 46 37 60 03) »: a customer named with the phone that tells two namesakes apart (the text a
 * choice sends). A new customer given that way is the name, with the phone in its own field — never a name holding
 * digits.
 */
const NAME_THEN_PHONE = /^(.*?\S)\s*,?\s*\(?\s*((?:\+213|0)(?:[\s.]?\d){8,9})\s*\)?$/u;

export function nameAndPhone(text: string): { name: string; phone: string | null } {
  const m = NAME_THEN_PHONE.exec(text.trim());
  return m && /\p{L}/u.test(m[1]) ? { name: m[1].trim(), phone: m[2].trim() } : { name: text.trim(), phone: null };
}
