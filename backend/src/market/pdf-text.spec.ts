import { bidiRuns, visualRuns } from './pdf-text';

const texts = (runs: { text: string }[]) => runs.map((r) => r.text);

describe('bidi runs for PDF text', () => {
  it('leaves French text as one left-to-right run', () => {
    expect(visualRuns("Chiffre d'affaires : 1 234 DA (+5 %)", 'L')).toEqual([
      { text: "Chiffre d'affaires : 1 234 DA (+5 %)", dir: 'L', arabicFont: false },
    ]);
  });

  it('keeps numbers (with their signs) left to right inside Arabic, in visual order', () => {
    // Logical: "revenue 2 784 135 DA (+13%)"; drawn from the left: "(+13%)" … "revenue" at the right.
    expect(texts(visualRuns('رقم الأعمال 2 784 135 دج (+13%)', 'R'))).toEqual([
      '(',
      '+13%',
      ')',
      ' ',
      'دج',
      ' ',
      '2 784 135',
      ' ',
      'الأعمال',
      ' ',
      'رقم',
    ]);
  });

  it('hands Arabic over word by word, each to the Arabic font', () => {
    const runs = visualRuns('تقرير تحليل السوق', 'R');
    expect(texts(runs)).toEqual(['السوق', ' ', 'تحليل', ' ', 'تقرير']);
    expect(runs.every((r) => r.arabicFont)).toBe(true);
  });

  it('embeds an Arabic name inside French text', () => {
    expect(texts(visualRuns('Concurrent : سوق الجملة, indice 98', 'L'))).toEqual(['Concurrent : ', 'الجملة', ' ', 'سوق', ', indice 98']);
  });

  it('mirrors brackets that run right to left and draws them with the Latin font', () => {
    const runs = bidiRuns('هامش (متوسط)', 'R');
    const paren = runs.filter((r) => !r.arabicFont);
    expect(paren.map((r) => r.text)).toEqual([')', '(']);
  });

  it('replaces characters the standard fonts cannot encode', () => {
    expect(texts(visualRuns('12 → 15', 'L'))).toEqual(['12 -> 15']);
  });

  it('keeps a bracketed Latin aside inside Arabic text together with its brackets', () => {
    expect(texts(visualRuns('Hanout Ammi Said (Bab Ezzouar): متوسط', 'R'))).toEqual(['متوسط', ' ', ':', 'Hanout Ammi Said (Bab Ezzouar)']);
  });

  it('mirrors the brackets of an Arabic aside after a number', () => {
    expect(texts(visualRuns('مقاس 4 (44 قطعة)', 'R'))).toEqual(['(', 'قطعة', ' ', '44', ')', ' ', '4', ' ', 'مقاس']);
  });
});
