import { randomUUID } from 'node:crypto';
import { ACCESS, ROLES, toPlain, type Role } from '@tajer/contract';
import { TOOLS } from '@tajer/tools';
import { ToolExecutor } from '../../src/agent/tool-executor';
import type { TurnContext } from '../../src/agent/turn-context';
import { ConversationsRepository } from '../../src/conversations/conversations.repository';
import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { ask } from './tools-chat';

/**
 * One rule for roles (issue 10, issue 11 #6): every tool × every role, through the real tool executor, gives the
 * same answer as the REST operation that serves the same data — a member of staff who gets 403 on GET /api/expenses
 * gets a polite refusal from the chat, recorded like any other tool call. A tool added without a REST twin here, or
 * without declared roles, fails this test.
 */

/** Valid arguments for each tool, and the REST operation showing the same data (writes with an empty body: the role
 *  check answers before validation, so nothing is written). */
const CASES: Record<string, { args: Record<string, unknown>; rest: { method: 'get' | 'post'; path: string; body?: object } | null }> = {
  dashboard_stats: { args: { period: 'month' }, rest: { method: 'get', path: '/api/dashboard/stats' } },
  dashboard_insights: { args: {}, rest: { method: 'get', path: '/api/dashboard/insights' } },
  dashboard_alerts: { args: {}, rest: { method: 'get', path: '/api/dashboard/alerts' } },
  market_trends: { args: {}, rest: { method: 'get', path: '/api/market/trends' } },
  market_competitors: { args: { product: 'huile' }, rest: { method: 'get', path: '/api/market/competitors?product=huile' } },
  market_report: { args: { topic: 'boissons' }, rest: { method: 'post', path: '/api/market/report', body: { period: 'nope' } } },
  inventory_search: { args: { query: 'semoule' }, rest: { method: 'get', path: '/api/inventory?q=semoule' } },
  inventory_adjust: { args: { product: 'semoule', quantity: 1 }, rest: { method: 'post', path: '/api/inventory/movements', body: {} } },
  inventory_analyze_image: {
    args: { attachmentId: randomUUID() },
    rest: { method: 'post', path: '/api/inventory/analyze-image', body: {} },
  },
  expenses_list: { args: { period: 'month' }, rest: { method: 'get', path: '/api/expenses' } },
  expenses_add: { args: { amount: 150, category: 'transport' }, rest: { method: 'post', path: '/api/expenses', body: {} } },
  expenses_scan_receipt: { args: { attachmentId: randomUUID() }, rest: { method: 'post', path: '/api/expenses/ocr', body: {} } },
  marketing_generate_content: {
    args: { channel: 'sms', topic: 'promo huile' },
    rest: { method: 'post', path: '/api/content/generate', body: {} },
  },
  marketing_audience_insights: { args: {}, rest: { method: 'get', path: '/api/audience/insights' } },
  marketing_campaigns: { args: {}, rest: { method: 'get', path: '/api/campaigns' } },
  feedback_submit: { args: { category: 'comment', message: 'Test des rôles' }, rest: { method: 'post', path: '/api/feedback', body: {} } },
  products_add: { args: { name: 'Chips Mahboul', price: 30 }, rest: { method: 'post', path: '/api/inventory/products', body: {} } },
  // The sales and credit routes come with the sales ledger (issue 9): their twins join here when they land.
  sales_record: { args: { lines: [{ product: 'sucre', quantity: 1 }] }, rest: null },
  sales_daily_total: { args: { amount: 1000 }, rest: null },
  sales_list: { args: { period: 'today' }, rest: null },
  customers_credit: { args: {}, rest: null },
  customers_payment: { args: { customer: 'Ahmed', amount: 100 }, rest: null },
  customers_credit_add: { args: { customer: 'Lounes', amount: 100 }, rest: null },
};

describe('tools × roles: the same rule as REST', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tenantId: string;
  const tokens = {} as Record<Role, string>;
  const userIds = {} as Record<Role, string>;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    tenantId = await app.tenantId('demo-superette');
    const support = await db.prisma.user.findUniqueOrThrow({ where: { email: 'support@demo.dz' } });
    await db.prisma.user.create({
      data: { email: 'admin@tajer.dz', name: 'Admin Tajer', role: 'ADMIN', tenantId: null, passwordHash: support.passwordHash },
    });
    const emails: Record<Role, string> = {
      OWNER: 'owner@demo.dz',
      STAFF: 'staff@demo.dz',
      SUPPORT: 'support@demo.dz',
      ADMIN: 'admin@tajer.dz',
    };
    for (const role of ROLES) {
      tokens[role] = await t.login(emails[role]);
      userIds[role] = (await db.prisma.user.findUniqueOrThrow({ where: { email: emails[role] } })).id;
    }
  });

  it('covers every registered tool, each declaring its roles from ACCESS', () => {
    expect(Object.keys(CASES).sort()).toEqual(TOOLS.map((tool) => tool.name).sort());
    const rules = Object.values(ACCESS);
    for (const tool of TOOLS) expect(rules).toContain(tool.roles);
  });

  /** A turn of `role` in the demo business, as the agent would run it (platform roles included, to prove the executor
   *  refuses even what the socket would never let through). */
  async function turnOf(role: Role, lang: 'fr' | 'ar' | 'en' = 'fr'): Promise<TurnContext> {
    const repo = t.app.get(ConversationsRepository);
    const conversation = await repo.createConversation({ tenantId, userId: userIds[role], title: `roles ${role}` });
    const message = await repo.createAssistantMessage({ tenantId, conversationId: conversation.id, language: lang });
    return {
      tenantId,
      userId: userIds[role],
      principal: { userId: userIds[role], tenantId, role, via: 'jwt', scopes: ['read', 'write'] },
      conversationId: conversation.id,
      messageId: message.id,
      lang,
      attachmentIds: [],
      parts: [],
      signal: new AbortController().signal,
      toolRuns: [],
    };
  }

  for (const tool of TOOLS) {
    it(`${tool.name}: tool executor and ${CASES[tool.name]?.rest?.method.toUpperCase() ?? 'its REST twin'} ${CASES[tool.name]?.rest?.path ?? ''} agree for every role`, async () => {
      const { args, rest } = CASES[tool.name];
      const executor = t.app.get(ToolExecutor);
      for (const role of ROLES) {
        const allowed = (tool.roles as readonly string[]).includes(role);
        const turn = await turnOf(role);
        const outcome = await executor.execute(turn, tool.name, args);
        const refused = outcome.status === 'failed' && outcome.error?.code === 'FORBIDDEN';
        expect({ tool: tool.name, role, refused }).toEqual({ tool: tool.name, role, refused: !allowed });

        if (rest) {
          const req =
            rest.method === 'get'
              ? t.http().get(rest.path)
              : t
                  .http()
                  .post(rest.path)
                  .send(rest.body ?? {});
          const res = await req.set('Authorization', `Bearer ${tokens[role]}`);
          expect(res.status).toBeLessThan(500);
          expect({ tool: tool.name, role, rest: res.status === 403 }).toEqual({ tool: tool.name, role, rest: !allowed });
        }

        if (refused) {
          // Logged like any call: the support console sees who was refused what.
          const call = await db.prisma.toolCall.findFirstOrThrow({ where: { messageId: turn.messageId, name: tool.name } });
          expect(call).toMatchObject({ status: 'FAILED', kind: tool.requiresApproval ? 'write' : 'read' });
          expect(call.error).toMatch(/Désolé, votre compte/);
          expect(outcome.summary).toMatch(/^Désolé, votre compte/);
        }
      }
    });
  }

  it('staff asking the chat for the expense ledger get a polite refusal in their language, recorded, and no figure', async () => {
    const c = new ChatClient(baseUrlOf(t.app), tokens.STAFF);
    await c.connected();
    try {
      const fr = await ask(c, 'mes dépenses ce mois');
      expect(fr.started[0]).toMatchObject({ name: 'expenses_list' });
      expect(fr.finished[0]).toMatchObject({ status: 'failed' });
      expect(fr.text).toBe("Désolé, votre compte n'a pas accès à cette information : elle est réservée au propriétaire de la boutique.");
      expect(toPlain(fr.text)).not.toMatch(/\d/);
      const ar = await ask(c, 'كم صرفت هذا الشهر؟');
      expect(ar.started[0]).toMatchObject({ name: 'expenses_list' });
      expect(ar.text).toBe('عذرا، حسابك لا يسمح بالاطلاع على هذه المعلومات: هي مخصصة لصاحب المحل.');
      const call = await db.prisma.toolCall.findFirstOrThrow({ where: { messageId: fr.assistantMessageId } });
      expect(call).toMatchObject({ name: 'expenses_list', status: 'FAILED' });
      // What staff may do still works: recording an expense is proposed for approval.
      const add = await ask(c, 'ajoute une dépense de 800 DA de transport');
      expect(add.approvals[0]).toMatchObject({ name: 'expenses_add' });
    } finally {
      c.close();
    }
  });
});
