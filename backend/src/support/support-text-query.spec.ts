import { buildTextQuery, excerpt } from './support-text-query';

describe('buildTextQuery', () => {
  it('makes every word a prefix term and strips anything that could be tsquery syntax', () => {
    expect(buildTextQuery('Crème fraîche')).toEqual({ tsquery: 'crème:* & fraîche:*', likePattern: '%creme fraiche%' });
    expect(buildTextQuery("l'huile & !sucre:* |")).toEqual({ tsquery: 'l:* & huile:* & sucre:*', likePattern: '%l huile sucre%' });
    expect(buildTextQuery('السُّكَّر')).toEqual({ tsquery: 'السكر:*', likePattern: '%alskr%' });
  });

  it('keeps the fragment arm for 3+ characters only, and never lets a LIKE wildcard through', () => {
    expect(buildTextQuery('pc')).toEqual({ tsquery: 'pc:*', likePattern: null });
    expect(buildTextQuery('50%_off')).toEqual({ tsquery: '50:* & off:*', likePattern: '%50 off%' });
    expect(buildTextQuery('!!!')).toEqual({ tsquery: null, likePattern: null });
  });
});

describe('excerpt', () => {
  const long = `${'Bonjour, je voudrais savoir combien il reste. '.repeat(5)}Ajoute 30 sacs de Semoule 10kg au stock. ${'Merci beaucoup pour tout. '.repeat(5)}`;
  it('centres on the first match, ignoring case and accents', () => {
    const out = excerpt(long, 'semoule', 80);
    expect(out).toContain('Semoule 10kg');
    expect(out.startsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(82);
    expect(excerpt(long, 'sémoulé', 80)).toContain('Semoule');
  });
  it('returns short texts whole and falls back to the start', () => {
    expect(excerpt('  Stock   semoule ', 'x')).toBe('Stock semoule');
    expect(excerpt(long, 'introuvable', 40)).toBe(`${long.slice(0, 39)}…`);
  });
});
