import { formatMoney, formatNumber, joinList, quote, say, type Localized } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { MarketingGenerateContentResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `MarketingGenerateContentResult`. */
export type GeneratedContentData = MarketingGenerateContentResult;

const CHANNEL: Record<string, Localized> = {
  facebook: { fr: 'votre post Facebook', ar: 'منشور فيسبوك', en: 'your Facebook post' },
  instagram: { fr: 'votre publication Instagram', ar: 'منشور إنستغرام', en: 'your Instagram post' },
  sms: { fr: 'votre SMS', ar: 'رسالة SMS', en: 'your SMS' },
  email: { fr: 'votre e-mail', ar: 'البريد الإلكتروني', en: 'your email' },
  whatsapp: { fr: 'votre message WhatsApp', ar: 'رسالة واتساب', en: 'your WhatsApp message' },
};

/** The text as a quote block, so it stands apart from the assistant's own words and copies cleanly. */
const quoteBlock = (text: string) =>
  text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');

export function summarizeGeneratedContent(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as GeneratedContentData;
  const channel = say(lang, CHANNEL[d.channel] ?? { fr: 'votre texte', ar: 'النص', en: 'your text' });
  const head = say(lang, {
    fr: `Voici ${channel} pour ${quote(d.topic, lang)} :`,
    ar: `إليك ${channel} حول ${quote(d.topic, lang)}:`,
    en: `Here is ${channel} for ${quote(d.topic, lang)}:`,
  });
  const subject = d.subject
    ? `${say(lang, { fr: 'Objet', ar: 'الموضوع', en: 'Subject' })}${lang === 'fr' ? ' : ' : ': '}${d.subject}\n\n`
    : '';
  const parts = [head, quoteBlock(`${subject}${d.text}`)];
  if (d.length.sms) {
    const { units, limit } = d.length.sms;
    // A long SMS is split in parts of 153 (GSM-7) or 67 (UCS-2) characters.
    const messages = formatNumber(units <= limit ? 1 : Math.ceil(units / (limit - 7)), lang);
    const used = formatNumber(units, lang);
    const max = formatNumber(limit, lang);
    parts.push(
      say(lang, {
        fr: `(${messages} SMS : ${used} caractères sur ${max})`,
        ar: `(عدد الرسائل: ${messages}، الطول: ${used} من ${max})`,
        en: `(${messages} SMS: ${used} of ${max} characters)`,
      }),
    );
  }
  if (d.products.length) {
    const names = d.products.slice(0, 4).map((p) => `${p.name} (${formatMoney(p.promoPrice ?? p.price, lang)})`);
    parts.push(
      say(lang, {
        fr: `Produits mis en avant : ${joinList(names, lang)}.`,
        ar: `المنتجات المعروضة: ${joinList(names, lang)}.`,
        en: `Featured products: ${joinList(names, lang)}.`,
      }),
    );
  }
  parts.push(
    say(lang, {
      fr: "Rien n'est publié : copiez-le ou demandez-moi une autre version.",
      ar: 'لم يُنشر أي شيء: انسخه أو اطلب مني نسخة أخرى.',
      en: 'Nothing is posted: copy it or ask me for another version.',
    }),
  );
  return parts.join('\n\n');
}
