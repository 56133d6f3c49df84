import { extractDate, extractPeriod } from '../../src/agent/local/nlu/extractors/period';

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
