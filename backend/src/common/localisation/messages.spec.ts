import { readFileSync } from 'fs';
import { join } from 'path';
import {
  CHANNEL_LABELS,
  EXPENSE_CATEGORY_LABELS,
  type Localized,
  PAYMENT_METHOD_LABEL,
  PAYMENT_METHOD_TITLE,
  PERIOD_LABEL,
  PERIOD_PHRASE,
  TONE_LABELS,
  UNITS,
  WILAYAS,
} from '@tajer/contract';
import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { message, messages } from './messages';

describe('server messages (i18next + ICU)', () => {
  it('has every key in the three catalogues, each a valid ICU message', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [lang, catalogue] of Object.entries({ fr, ar, en })) {
      for (const text of Object.values(catalogue)) expect(() => new IntlMessageFormat(text, lang)).not.toThrow();
    }
  });

  it('says plurals by each language’s rules', () => {
    const credit = (count: number, days: number) =>
      messages('credit.summary', { count, countText: String(count), total: 'T', top: 'X', oldest: 'Karim', days, daysText: String(days) });
    expect(credit(1, 1).fr).toBe('1 client vous doit T au total (X). Le crédit le plus ancien : Karim, depuis 1 jour.');
    expect(credit(3, 12).fr).toBe('3 clients vous doivent T au total (X). Le crédit le plus ancien : Karim, depuis 12 jours.');
    expect(credit(1, 1).en).toBe('1 customer owes you T in total (X). Oldest credit: Karim, 1 day.');
    expect(credit(2, 2).en).toBe('2 customers owe you T in total (X). Oldest credit: Karim, 2 days.');
    expect(credit(2, 2).ar).toBe('زبونان مدينان لك بمجموع T (X). أقدم كريدي: Karim، منذ يومين.');
    expect(credit(3, 5).ar).toContain('3 زبائن مدينون لك');
    expect(credit(3, 5).ar).toContain('منذ 5 أيام');
    expect(credit(11, 30).ar).toContain('منذ 30 يوما');
  });

  it('fills selects and leaves no placeholder behind', () => {
    expect(message('en', 'ai.prompt.market.trends', { hasCategory: 'no', category: '', hasPeriod: 'yes', period: 'this month' })).toBe(
      'Analyse market trends this month',
    );
    expect(message('fr', 'ai.prompt.market.trends', { hasCategory: 'yes', category: 'boissons', hasPeriod: 'no', period: '' })).toBe(
      'Analyse les tendances du marché pour boissons',
    );
    expect(message('ar', 'ai.prompt.content', { channel: 'facebook', topic: 'الزيت', hasTone: 'no', tone: '' })).toBe(
      'اكتب منشور facebook عن الزيت',
    );
    expect(message('en', 'ai.prompt.insights')).toBe('Give me insights and recommendations for my business');
  });
});

describe('converted messages read as before', () => {
  it('keeps apostrophes and parentheses as written', () => {
    const text = message('fr', 'credit.advanceUnconfirmed', { name: "L'Épicier", owed: 'A', amount: 'B', advance: 'C' });
    expect(text).toBe(
      "L'Épicier ne doit que A : un paiement de B laisserait une avance de C. Confirmez qu'il s'agit d'une avance (advance: true).",
    );
    expect(message('en', 'credit.paid', { name: 'Karim', amount: 'A', owed: 'B', hasAdvance: 'yes', advance: 'C' })).toBe(
      'Karim paid A: now owes B (advance of C).',
    );
    expect(message('ar', 'credit.paid', { name: 'كريم', amount: 'A', owed: 'B', hasAdvance: 'no', advance: '' })).toBe(
      'دفع كريم A: الباقي عليه الآن B.',
    );
    expect(message('fr', 'report.recommend.prepareMonth', { month: 'mars', above: '12 %' })).toBe(
      "Anticiper mars : l'an dernier, ce mois était 12 % au-dessus d'un mois moyen ; renforcer les stocks à l'avance.",
    );
  });
});

describe('plurals that used to be written by hand', () => {
  const soon = (days: number, daysText: string) =>
    messages('dashboard.alert.stockOutSoon', { product: 'Lait', days, daysText, stock: '3', unit: 'packs', perDay: '1,5' });

  it('follows French (0 and 1.5 are singular) and English (only 1 is) on a decimal count', () => {
    expect(soon(1.5, '1,5').fr).toBe('Lait : rupture prévue dans 1,5 jour (stock 3 packs, ~1,5 par jour)');
    expect(soon(2, '2').fr).toContain('dans 2 jours');
    expect(soon(1, '1').en).toContain('run out in 1 day (');
    expect(soon(1.5, '1.5').en).toContain('run out in 1.5 days (');
  });

  it('gives Arabic its dual, its 3–10 plural and its 11–99 accusative', () => {
    expect(soon(2, '2').ar).toContain('خلال يومين (');
    expect(soon(5, '5').ar).toContain('خلال 5 أيام (');
    expect(soon(30, '30').ar).toContain('خلال 30 يوما (');
    expect(soon(1.5, '1,5').ar).toContain('خلال 1,5 يوم (');
  });

  it('says « 1 vente », « 0 conversion » and « 1 product compared »', () => {
    const campaign = (conversions: number) =>
      messages('dashboard.alert.campaignBehind', { name: 'Ramadan', conversions, expected: 1, target: 80 });
    expect(campaign(0).fr).toBe('Campagne « Ramadan » en retard : 0 conversion pour 1 attendue à ce stade (objectif 80)');
    expect(campaign(7).en).toBe('Campaign "Ramadan" is behind: 7 conversions vs 1 expected by now (target 80)');
    const compared = messages('market.competitors.many', {
      count: 1,
      cheaper: 1,
      dearer: 0,
      aligned: 0,
      index: '97',
      hasDearest: 'no',
      dearest: '',
      dearestIndex: '',
    });
    expect(compared.en).toMatch(/^1 product compared: /);
    expect(compared.fr).toMatch(/^1 produit comparé : /);
  });
});

describe('a market report’s competitor line (its product count was plural by hand)', () => {
  const line = (lang: 'fr' | 'ar' | 'en', count: number) =>
    message(lang, 'report.competitorLine', { who: 'Uno', index: '100', count, countText: String(count), cheaper: '0', dearer: '0' });

  it('says « 1 produit » and « 1 product », the plural from 2', () => {
    expect(line('fr', 1)).toBe('Uno : indice moyen 100 sur 1 produit ; nous sommes moins chers sur 0, plus chers sur 0.');
    expect(line('fr', 35)).toContain('sur 35 produits ;');
    expect(line('en', 1)).toContain('over 1 product;');
    expect(line('en', 2)).toContain('over 2 products;');
  });

  it('gives Arabic its one, dual, 3–10 plural and 11–99 accusative', () => {
    expect(line('ar', 1)).toContain('على منتج واحد؛');
    expect(line('ar', 2)).toContain('على منتجين؛');
    expect(line('ar', 7)).toContain('على 7 منتجات؛');
    expect(line('ar', 35)).toBe('Uno: متوسط المؤشر 100 على 35 منتجا؛ نحن أرخص في 0 وأغلى في 0.');
    expect(line('ar', 100)).toContain('على 100 منتج؛');
  });
});

describe('one vocabulary: the catalogues say no vocabulary word again', () => {
  // A vocabulary's words (channels, tones, periods, expense categories, payment methods, units, wilayas) are @tajer/contract's;
  // a catalogue entry (server or UI) saying the same three words is a second copy waiting to disagree.
  const flat = (o: object, prefix = ''): [string, string][] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]));
  const triple = (l: { fr: string; ar: string; en: string }) => `${l.fr}|${l.ar}|${l.en}`;
  const vocabulary = new Map<string, string>();
  const add = (name: string, labels: Record<string, Localized>) => {
    for (const [key, label] of Object.entries(labels)) vocabulary.set(triple(label), `${name}.${key}`);
  };
  add('channel', CHANNEL_LABELS);
  add('tone', TONE_LABELS);
  add('period', PERIOD_LABEL);
  add('periodPhrase', PERIOD_PHRASE);
  add('expenseCategory', EXPENSE_CATEGORY_LABELS);
  add('paymentMethod', PAYMENT_METHOD_LABEL);
  add('paymentMethodTitle', PAYMENT_METHOD_TITLE);
  for (const w of WILAYAS) vocabulary.set(triple(w), `wilaya.${w.code}`);
  for (const [key, forms] of Object.entries(UNITS)) vocabulary.set(`${forms.fr[0]}|${forms.ar[0]}|${forms.en[0]}`, `unit.${key}`);

  // Homonyms: a form's « E-mail » and « Téléphone » fields are not the email channel or the phone bill, and the sales
  // page's « Aujourd'hui » button picks a day, not the period.
  const HOMONYMS = new Set([
    'customers.import.field.email',
    'customers.import.field.phone',
    'auth.email',
    'account.fields.email',
    'account.fields.phone',
    'business.fields.phone',
    'sales.today',
  ]);
  const repeated = (catalogues: Record<'fr' | 'ar' | 'en', object>) => {
    const [fr, ar, en] = (['fr', 'ar', 'en'] as const).map((lang) => new Map(flat(catalogues[lang])));
    return [...fr.keys()]
      .map((key) => [key, vocabulary.get(`${fr.get(key)}|${ar.get(key)}|${en.get(key)}`)] as const)
      .filter(([key, word]) => word && !HOMONYMS.has(key))
      .map(([key, word]) => `${key} = ${word}`);
  };
  const uiLocale = (lang: string) =>
    JSON.parse(readFileSync(join(__dirname, '../../../../chat-ui/src/i18n/locales', `${lang}.json`), 'utf8'));

  it('in the server catalogues', () => expect(repeated({ fr, ar, en })).toEqual([]));
  it('in the chat UI’s locale files', () => expect(repeated({ fr: uiLocale('fr'), ar: uiLocale('ar'), en: uiLocale('en') })).toEqual([]));
  it('would see one (a channel written again)', () =>
    expect(repeated({ fr: { x: 'Facebook' }, ar: { x: 'فيسبوك' }, en: { x: 'Facebook' } })).toEqual(['x = channel.facebook']));
});
