/**
 * Tool results and the chat protocol have one definition, in @tajer/contract (issue 12). The registry the agent uses
 * checks every built-in tool's result against its schema outside production (a refused result fails the call under
 * test, so every backend and e2e test that runs a tool checks its contract), and the backend's chat protocol is the
 * contract's, not a copy.
 */
import { ServerEventSchema as ContractEvents, SendMessagePayloadSchema, TOOL_RESULTS } from '@tajer/contract';
import { TOOLS, type ToolContext, type ToolDefinition } from '@tajer/tools';
import { z } from 'zod';
import { ServerEventSchema } from '../../src/chat/chat-events';
import { SendMessageSchema } from '../../src/chat/chat.schemas';
import { checkedResults } from '../../src/agent/result-contract';
import { ToolRegistry } from '../../src/agent/tool-registry';

const ctx = { tenantId: 't1', userId: 'u1', conversationId: 'c1', lang: 'fr', services: {} } as ToolContext;
const credit = { customer: { id: 'c1', name: 'Ahmed' }, amount: 500, balance: 5000, currency: 'DZD' };
const tool = (data: unknown): ToolDefinition => ({
  name: 'customers_credit_add',
  kind: 'write',
  roles: ['OWNER'],
  description: 'test',
  schema: z.object({}),
  examples: { fr: [], ar: [], darija: [], darija_latin: [], en: [] },
  requiresApproval: true,
  result: TOOL_RESULTS.customers_credit_add,
  run: async () => ({ success: true, data }),
});

describe('tool results: one schema per built-in tool, checked where tools run', () => {
  it('every built-in tool declares its result schema, the contract’s', () => {
    expect(Object.keys(TOOL_RESULTS).sort()).toEqual(TOOLS.map((t) => t.name).sort());
    for (const t of TOOLS as readonly ToolDefinition[]) expect(t.result).toBe(TOOL_RESULTS[t.name as keyof typeof TOOL_RESULTS]);
  });

  it('under test a result its schema refuses fails the call; a conforming one passes untouched', async () => {
    await expect(checkedResults(tool(credit), 'test').run!(ctx, {})).resolves.toEqual({ success: true, data: credit });
    await expect(checkedResults(tool({ ...credit, balance: '5000' }), 'test').run!(ctx, {})).rejects.toThrow(
      /customers_credit_add returned a result its contract refuses: balance/,
    );
    // Failures are the tool's own answer: nothing to check.
    const failing = { ...tool(credit), run: async () => ({ success: false as const, error: { code: 'X', message: 'no' } }) };
    await expect(checkedResults(failing, 'test').run!(ctx, {})).resolves.toMatchObject({ success: false });
  });

  it('in development a refused result is logged and still returned; production does not check', async () => {
    await expect(checkedResults(tool({ bad: true }), 'development').run!(ctx, {})).resolves.toEqual({ success: true, data: { bad: true } });
    const prod = tool({ bad: true });
    expect(checkedResults(prod, 'production')).toBe(prod);
  });

  it('the registry wraps the built-in tools outside production only', () => {
    const builtin = TOOLS[0] as ToolDefinition;
    expect(new ToolRegistry({ ENVIRONMENT: 'production' } as never).get(builtin.name)).toBe(builtin);
    expect(new ToolRegistry({ ENVIRONMENT: 'test' } as never).get(builtin.name)).not.toBe(builtin);
  });
});

describe('chat protocol: the backend uses the contract’s definition', () => {
  it('re-exports the same schemas, not copies', () => {
    expect(ServerEventSchema).toBe(ContractEvents);
    expect(SendMessageSchema).toBe(SendMessagePayloadSchema);
  });
});
