import { FairTurnQueue } from './fair-turn-queue';

describe('FairTurnQueue (#8)', () => {
  it('serves businesses in turn, so one flooding business does not starve the others', async () => {
    const q = new FairTurnQueue(1, 100);
    const order: string[] = [];
    await q.acquire('busy'); // the slot is taken
    const waits = [
      ...['b1', 'b2', 'b3', 'b4'].map((id) => q.acquire('busy').then(() => order.push(id))),
      q.acquire('quiet').then(() => order.push('q1')),
      q.acquire('other').then(() => order.push('o1')),
    ];
    for (let i = 0; i < 6; i++) {
      q.release();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(waits);
    expect(order).toEqual(['b1', 'q1', 'o1', 'b2', 'b3', 'b4']);
  });

  it('bounds each business queue and refuses beyond it', async () => {
    const q = new FairTurnQueue(1, 2);
    await q.acquire('t');
    void q.acquire('t');
    void q.acquire('t');
    expect(() => q.admit('t')).toThrow(expect.objectContaining({ code: 'RATE_LIMITED' }));
    expect(() => q.admit('other')).not.toThrow();
  });
});
