import { DeltaBatcher } from './delta-batcher';

describe('DeltaBatcher (#10: word deltas coalesced)', () => {
  it('sends the first token at once, then joins tokens by size, and loses nothing', async () => {
    const sent: string[] = [];
    const now = 0;
    const b = new DeltaBatcher(
      async (d) => void sent.push(d),
      20,
      1_000_000,
      () => now,
    );
    const words = 'Il vous reste 42 sacs de semoule moyenne 10kg, assez pour environ neuf jours de ventes.'.split(/(?<= )/);
    for (const w of words) await b.push(w);
    await b.flush();
    expect(sent[0]).toBe(words[0]);
    expect(sent.join('')).toBe(words.join(''));
    expect(sent.length).toBeLessThan(words.length / 2);
    expect(sent.slice(1, -1).every((d) => d.length >= 20)).toBe(true);
  });

  it('does not hold text longer than maxWaitMs once more arrives', async () => {
    const sent: string[] = [];
    let now = 0;
    const b = new DeltaBatcher(
      async (d) => void sent.push(d),
      1000,
      50,
      () => now,
    );
    await b.push('a');
    await b.push('b');
    now = 60;
    await b.push('c');
    expect(sent).toEqual(['a', 'bc']);
    await b.flush();
  });
});

describe('boundJson (#10: tool results bounded once for the chat)', () => {
  it('keeps small results as they are and cuts big ones to the limit, keeping their shape', () => {
    const { boundJson } = require('./bounded-json');
    const small = { items: [{ id: 1 }], total: 1 };
    expect(boundJson(small)).toBe(small);
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `Produit ${i}`, note: 'x'.repeat(100) })), total: 5000 };
    const cut = boundJson(big, 32 * 1024);
    expect(Buffer.byteLength(JSON.stringify(cut))).toBeLessThanOrEqual(32 * 1024);
    expect(cut).toMatchObject({ total: 5000, truncated: true });
    expect(cut.items[0]).toEqual(big.items[0]);
  });
});
