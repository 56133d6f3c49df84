// Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;

/**
 * The direction a message should be shown in, whatever the UI language. Unlike `dir="auto"` (first strong character),
 * a majority vote keeps "Semoule 10kg ما بقاش؟" right-to-left, which is how a Darija speaker reads it.
 */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const arabic = text.match(ARABIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return arabic > latin ? 'rtl' : 'ltr';
}
