import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

type Tree = { [k: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.add(path.replace(PLURAL, ''));
    else keys(v, path).forEach((x) => out.add(x));
  }
  return out;
}

const sources = import.meta.glob('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('translations', () => {
  const en_ = keys(en as Tree);

  it.each([
    ['fr', fr],
    ['ar', ar],
  ])('%s has exactly the English keys', (_lang, tree) => {
    expect([...keys(tree as Tree)].sort()).toEqual([...en_].sort());
  });

  it('covers every literal key used in the code', () => {
    const used = new Set<string>();
    for (const [file, code] of Object.entries(sources)) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      for (const m of code.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.-]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !en_.has(k));
    expect(missing).toEqual([]);
  });

  it('has every Arabic plural form where English has plurals', () => {
    const forms = (tree: Tree, path: string) => {
      const [section, key] = path.split('.');
      return Object.keys(tree[section] as Tree).filter((k) => k.startsWith(`${key}_`));
    };
    for (const p of ['conn.queued', 'feedback.stars', 'support.count']) {
      expect(forms(ar as Tree, p).sort()).toEqual([
        `${p.split('.')[1]}_few`,
        `${p.split('.')[1]}_many`,
        `${p.split('.')[1]}_one`,
        `${p.split('.')[1]}_other`,
        `${p.split('.')[1]}_two`,
        `${p.split('.')[1]}_zero`,
      ]);
    }
  });
});
