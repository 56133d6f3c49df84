import { extractDate, extractPeriod } from '../../src/agent/local/nlu/extractors/period';
import { extractNamedMonth, namedMonthPeriod } from '../../src/agent/local/nlu/extractors/named-month';

describe('periods', () => {
  it.each([
    ["Quel est mon chiffre d'affaires aujourd'hui ?", 'today'],
    ['ventes du jour', 'today'],
    ['chhal bi3t lyoum', 'today'],
    ['كم بعت اليوم؟', 'today'],
    ['How did the shop do today?', 'today'],
    ['Les stats de la semaine', 'week'],
    ['kifech rahoum les ventes had simana', 'week'],
    ['مصاريف هذا الأسبوع', 'week'],
    ['واش راهي البيعة هاد السيمانة', 'week'],
    ['How were sales this week?', 'week'],
    ['Comment vont mes ventes ce mois-ci ?', 'month'],
    ['chhal dkhalt had chhar', 'month'],
    ['كيف هي مبيعاتي هذا الشهر؟', 'month'],
    ['List my expenses for this month', 'month'],
    ['Quelle est ma marge ce trimestre ?', 'quarter'],
    ['أرقام الفصل', 'quarter'],
    ['Give me the numbers for this quarter', 'quarter'],
    ["Bilan de l'année", 'year'],
    ['chhal rba7t had l3am', 'year'],
    ['ما هي أرباحي هذه السنة؟', 'year'],
    ["What's my revenue this year?", 'year'],
  ])('"%s" → %s', (text, expected) => {
    expect(extractPeriod(text)).toBe(expected);
  });

  it('finds no period where none is said', () => {
    expect(extractPeriod('Montre-moi tout le stock')).toBeUndefined();
    expect(extractPeriod('Add an expense of 300 DA')).toBeUndefined();
  });
});

describe('expense dates', () => {
  const now = new Date(2026, 2, 15, 10, 0, 0);

  it.each([
    ["J'ai payé 2000 DA de transport hier", '2026-03-14'],
    ['دفعت البارح 500 دينار', '2026-03-14'],
    ['lbare7 khallast 900', '2026-03-14'],
    ['avant-hier, 300 DA de taxi', '2026-03-13'],
    ['Facture du 12/03 : 4500 DA', '2026-03-12'],
    ['Loyer payé le 01-02-2026', '2026-02-01'],
  ])('"%s" → %s', (text, expected) => {
    expect(extractDate(text, now)).toBe(expected);
  });

  it('leaves the date out for today or none', () => {
    expect(extractDate("J'ai payé 1,5L d'eau 100 DA", now)).toBeUndefined();
  });
});

describe('months named', () => {
  // A fixed business day: 5 December 2026, so « novembre » is last month and « octobre » is out of reach.
  const now = new Date(2026, 11, 5, 10, 0, 0);

  it.each([
    ['mes ventes de décembre', 'month'],
    ['chhal bi3t f decembre', 'month'],
    ['mes dépenses de novembre', 'last_month'],
    ["le chiffre d'affaires du mois de novembre", 'last_month'],
    ['How much did I spend in November?', 'last_month'],
    ['قداش بعت في نوفمبر؟', 'last_month'],
    ['مصاريف شهر ديسمبر', 'month'],
  ])('"%s" → %s', (text, expected) => {
    expect(extractPeriod(text, now)).toBe(expected);
  });

  it('gives no period for a month the tools cannot show (never this month in its place)', () => {
    for (const text of ['mes ventes en octobre', 'How much did I sell in October?', 'ventes de novembre 2025', 'مبيعات أكتوبر'])
      expect(['month', 'last_month']).not.toContain(extractPeriod(text, now));
  });

  it('reads « Mars », « may » and « ماي » as months only with a preposition, a day or a year', () => {
    expect(extractNamedMonth('il reste combien de Mars ?')).toBeUndefined();
    expect(extractNamedMonth('may I see my stock?')).toBeUndefined();
    expect(extractNamedMonth('كاين ماي ؟')).toBeUndefined();
    expect(extractNamedMonth('mes ventes de mai')).toMatchObject({ month: 4 });
    expect(extractNamedMonth('mes ventes en mars')).toMatchObject({ month: 2 });
    expect(extractNamedMonth('How much did I sell in May?')).toMatchObject({ month: 4 });
    expect(extractNamedMonth('le 1er mai')).toMatchObject({ month: 4, day: 1 });
  });

  it('dates a day named with its month; a day still to come is last year’s', () => {
    expect(extractDate('mes ventes du 3 décembre', now)).toBe('2026-12-03');
    expect(extractDate("j'ai payé le loyer le 2 novembre 30000 DA", now)).toBe('2026-11-02');
    expect(extractDate('facture du 20 décembre', now)).toBe('2025-12-20');
    expect(extractDate('فاتورة 14 جوان 2026', now)).toBe('2026-06-14');
    expect(extractDate('le 31 novembre', now)).toBeUndefined();
  });

  // « paid the rent on December 1st 35000 » was an expense of today: English writes the day after the month.
  it.each([
    ['paid the rent on December 1st 35000', '2026-12-01'],
    ['paid the rent on the 1st of December 35000', '2026-12-01'],
    ['paid 35000 rent on december 1', '2026-12-01'],
    ['electricity bill 4200 paid on November 28, 2026', '2026-11-28'],
  ])('"%s" is dated %s', (text, expected) => {
    expect(extractDate(text, now)).toBe(expected);
  });

  it('a day after the month is English only, and never after an ambiguous name', () => {
    expect(extractNamedMonth('en décembre 3 sucre')).toEqual({ month: 11, digitSpans: [] });
    expect(extractNamedMonth('in May 2 bags')).toEqual({ month: 4, digitSpans: [] });
  });

  it('the digits of a date are no quantity or amount', () => {
    expect(extractNamedMonth('ventes du 12 octobre 2025')?.digitSpans).toHaveLength(2);
    expect(namedMonthPeriod('mes ventes du 12 octobre', now)).toBeUndefined();
    expect(namedMonthPeriod('mes ventes en octobre', now)).toBe('out_of_reach');
  });
});
