import { CONTENT_TONES } from './content.types';
import { composeContent, type ComposeInput } from './content-composer';
import { postPrice } from './money-format';
import { isGsm7, smsLength } from './sms-encoding';

const shop = { name: 'Supérette El Baraka', wilaya: 'Alger', currency: 'DZD' };
const product = (name: string, price: number, language: 'fr' | 'ar' | 'en' = 'fr') => ({
  id: name,
  name,
  category: 'Épicerie',
  price,
  priceFormatted: postPrice(price, language),
  stock: 10,
  unit: 'u',
});
const base = (over: Partial<ComposeInput>): ComposeInput => ({
  channel: 'facebook',
  language: 'fr',
  tone: 'festive',
  topic: 'promo ramadan',
  occasion: 'ramadan',
  shop,
  products: [product('Semoule moyenne Safina 10kg', 1520), product('Dattes Deglet Nour 1kg', 1200), product('Huile Elio 5L', 1050)],
  discount: null,
  campaign: null,
  ...over,
});
const EMOJI = /\p{Extended_Pictographic}/u;

describe('composeContent', () => {
  it("never opens with the owner's request as the headline (« Avant mes meilleurs produits ! »), in any channel or language", () => {
    const requests = [
      ['fr', 'avant mes meilleurs produits'],
      ['fr', 'mettre en avant mes meilleurs produits'],
      ['en', 'promote my best products'],
      ['ar', 'الترويج لأفضل منتجاتي'],
    ] as const;
    for (const [language, topic] of requests) {
      for (const channel of ['facebook', 'instagram', 'whatsapp', 'email'] as const) {
        for (const tone of CONTENT_TONES) {
          const { text } = composeContent(base({ channel, language, tone, topic, occasion: null, selection: 'best_sellers' }));
          expect(text.toLowerCase()).not.toContain(topic.toLowerCase());
          expect(text).not.toMatch(/\bmes\b|\bmy\b|منتجاتي/i);
        }
      }
    }
    // A real title is kept as written.
    const { text } = composeContent(base({ channel: 'facebook', tone: 'friendly', topic: 'promo huile et sucre', occasion: null }));
    expect(text).toMatch(/Promo huile et sucre/);
  });

  it('writes a French SMS that fits one GSM-7 message, without emoji, with real prices', () => {
    const { text } = composeContent(base({ channel: 'sms' }));
    expect(isGsm7(text)).toBe(true);
    expect(smsLength(text)).toBeLessThanOrEqual(160);
    expect(text).not.toMatch(EMOJI);
    expect(text).toContain('Semoule moyenne Safina 10kg : 1 520 DA');
  });

  it('keeps an Arabic SMS within 70 UCS-2 characters and in Arabic', () => {
    const products = [product('سميد متوسط سفينة 10 كغ', 1520, 'ar'), product('تمر دقلة نور 1 كغ', 1200, 'ar')];
    const { text } = composeContent(base({ channel: 'sms', language: 'ar', products }));
    expect(text.length).toBeLessThanOrEqual(70);
    expect(text).toContain('1.520 دج');
    expect(text).toMatch(/رمضان/);
    expect(text).not.toMatch(EMOJI);
  });

  it('truncates gracefully when even one product does not fit', () => {
    const products = [product('سميد متوسط سفينة ممتاز من النوعية الرفيعة جدا للكسكس والخبز والحلويات 10 كغ', 1520, 'ar')];
    const { text } = composeContent(base({ channel: 'sms', language: 'ar', products }));
    expect(text.length).toBeLessThanOrEqual(70);
    expect(text.endsWith('…')).toBe(true);
  });

  it('puts more hashtags on Instagram than on Facebook, and none in SMS or WhatsApp', () => {
    const fb = composeContent(base({ channel: 'facebook' }));
    const ig = composeContent(base({ channel: 'instagram' }));
    expect(fb.hashtags.length).toBeGreaterThanOrEqual(3);
    expect(ig.hashtags.length).toBeGreaterThan(fb.hashtags.length);
    expect(ig.text).toContain('#RamadanKarim');
    expect(ig.text).toContain('#SuperetteElBaraka');
    expect(fb.text).toMatch(EMOJI);
    expect(composeContent(base({ channel: 'whatsapp' })).text).not.toContain('#');
  });

  it('gives a WhatsApp message a call to action and an email a subject', () => {
    expect(composeContent(base({ channel: 'whatsapp' })).text).toMatch(/Répondez|Envoyez-nous/);
    const email = composeContent(base({ channel: 'email' }));
    expect(email.subject).toBeTruthy();
    expect(email.text).toMatch(/^(Bonjour|Chère)/);
    expect(email.text).toContain('L’équipe Supérette El Baraka');
  });

  it('is deterministic for a topic and varies between topics', () => {
    expect(composeContent(base({})).text).toBe(composeContent(base({})).text);
    const texts = new Set(
      ['promo ramadan', 'ramadan 2026', 'spécial ftour', 'ramadan karim', 'le ftour'].map((topic) => composeContent(base({ topic })).text),
    );
    expect(texts.size).toBeGreaterThan(1);
  });

  it('shows discounted prices and the end date of the campaign', () => {
    const products = [{ ...product('Huile Elio 5L', 1050), promoPrice: 940, promoPriceFormatted: '940 DA' }];
    const { text } = composeContent(
      base({ products, discount: 10, campaign: { id: 'c', name: 'Ramadan -10 %', endsAt: new Date('2026-03-19T23:00:00Z') } }),
    );
    expect(text).toContain('Huile Elio 5L : 940 DA au lieu de 1 050 DA');
    expect(text).toContain('Ramadan -10 %');
    expect(text).toMatch(/20 mars/);
  });

  it('formats English prices as DZD 1,520 and does not leak a French topic into an Arabic post', () => {
    expect(composeContent(base({ language: 'en', products: [product('Semolina 10kg', 1520, 'en')] })).text).toContain(
      'Semolina 10kg: DZD 1,520',
    );
    const ar = composeContent(
      base({ language: 'ar', occasion: null, topic: 'promo huile', products: [product('زيت إيليو 5 لتر', 1050, 'ar')] }),
    );
    expect(ar.text).not.toMatch(/promo huile/i);
    expect(ar.text).toContain('الجزائر');
  });
});
