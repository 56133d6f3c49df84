import { TenantDataVersionRepository } from '../../src/common/cache/tenant-data-version.repository';
import type { TestApp } from '../helpers/test-app';
import type { TestDatabase } from '../setup/test-database';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from '../agent/chat-app';
import { ask, plain } from '../agent/tools-chat';

/**
 * The business's data version a chat turn's cached reads are keyed by (the offline model's customers' names): read by
 * the statement that stores the turn's answer row, not by a statement of its own, and still moved by a write
 * committed before the message (a customer added on the customers page is known at the very next message).
 */
describe('a chat turn reads its data version with its answer row', () => {
  let t: TestApp;
  let db: TestDatabase;
  let token: string;
  let c: ChatClient;
  let versions: TenantDataVersionRepository;

  const chat = chatApp();
  beforeAll(() => {
    ({ t, db, token, c } = chat);
    versions = t.app.get(TenantDataVersionRepository);
  });

  it('makes no version read of its own, and a customer added between two messages is known at the second', async () => {
    const read = jest.spyOn(versions, 'version');
    const observed = jest.spyOn(versions, 'observed');
    try {
      // Lower case, as a chat is written: only the shop's own customers tell the NLU that this word is a name.
      const before = await ask(c, 'combien me doit farouk ?');
      expect(before.started[0]).toMatchObject({ name: 'customers_credit' });
      expect(before.started[0].args.customer).toBeUndefined();

      await t
        .http()
        .post('/api/customers')
        .set('Authorization', `Bearer ${token}`)
        .send({ name: 'Farouk Belkacem', openingBalance: 700 })
        .expect(201);
      read.mockClear();
      observed.mockClear();

      const after = await ask(c, 'combien me doit farouk ?', { conversationId: before.conversationId });
      expect(after.started[0]).toMatchObject({ name: 'customers_credit', args: { customer: 'farouk' } });
      expect(after.text).toContain('Farouk Belkacem');
      // customers_credit reads no cached listing: every version this turn used came with its answer row.
      expect(read).not.toHaveBeenCalled();
      expect(observed).toHaveBeenCalledTimes(1);
    } finally {
      read.mockRestore();
      observed.mockRestore();
    }
  });

  it("the turn's first tool, a read, uses the same version: the stock listing sees a movement recorded before the message", async () => {
    const tenantId = chat.tenantId;
    const semoule = await db.prisma.product.findFirstOrThrow({ where: { tenantId, nameFr: { startsWith: 'Semoule 10kg' } } });
    const before = await ask(c, 'Combien de semoule en stock ?');
    expect(before.started[0]).toMatchObject({ name: 'inventory_search' });
    expect(plain(before.text)).toContain(String(Number(semoule.stock)));

    await t
      .http()
      .post('/api/inventory/movements')
      .set('Authorization', `Bearer ${token}`)
      .send({ sku: semoule.sku, quantity: 7, reason: 'livraison' })
      .expect(201);
    const read = jest.spyOn(versions, 'version');
    const observed = jest.spyOn(versions, 'observed');
    try {
      const after = await ask(c, 'Combien de semoule en stock ?', { conversationId: before.conversationId });
      expect(after.started[0]).toMatchObject({ name: 'inventory_search' });
      expect(plain(after.text)).toContain(String(Number(semoule.stock) + 7));
      expect(read).not.toHaveBeenCalled();
      // The customers' names (the model) and the listing (the tool).
      expect(observed).toHaveBeenCalledTimes(2);
    } finally {
      read.mockRestore();
      observed.mockRestore();
    }
  });
});
