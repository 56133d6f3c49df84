import { compactNumber, niceStep } from './chart-drawing';

describe('chart axes', () => {
  it('steps axes by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(1_150_000, 4)).toBe(500_000);
    expect(niceStep(40, 4)).toBe(10);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });

  it('writes axis values short', () => {
    expect(compactNumber(1_250_000, 'fr')).toBe('1,25 M');
    expect(compactNumber(85_000, 'en')).toBe('85 k');
    expect(compactNumber(12_500_000, 'ar')).toBe('13 M');
    expect(compactNumber(640, 'fr')).toBe('640');
  });
});
