/** Realistic response examples for the OpenAPI document (masked, as support staff see them). */
const CONVERSATION_ID = '3c9a8e51-2f4b-4e0a-8d7c-1b2a3c4d5e6f';
const TENANT = { id: '9b1f0c2a-5d6e-4f70-8a91-b2c3d4e5f607', name: 'Supérette El Baraka' };
const USER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const PRODUCT_ID = '0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10';
const MESSAGE_ID = '5e2d7c1a-9b8f-4e6d-a5c4-b3a2918f7e6d';
const REPLY_ID = '6f3e8d2b-0c9a-4f7e-b6d5-c4b3a2a19f8e';
const TOOL_ID = '7a4f9e3c-1d0b-4a8f-87e6-d5c4b3b2a109';

export const LIST_EXAMPLE = {
  scope: { tenantId: null, allBusinesses: true },
  masked: true,
  items: [
    {
      id: CONVERSATION_ID,
      tenant: TENANT,
      user: { id: USER_ID, email: 'o•••@demo.dz' },
      title: 'Ajoute 30 sacs de semoule',
      language: 'fr',
      messageCount: 4,
      tools: ['inventory_adjust', 'inventory_search'],
      hasError: false,
      rating: 'down',
      tags: ['stock'],
      createdAt: '2026-03-14T09:12:03.000Z',
      updatedAt: '2026-03-14T09:13:41.000Z',
      deletedAt: null,
      snippet: '…Ajoute 30 sacs de semoule 10kg, le fournisseur au 05•• •• •• 67…',
    },
  ],
  page: 1,
  pageSize: 25,
  total: 1,
  totalPages: 1,
};

export const DETAIL_EXAMPLE = {
  masked: true,
  conversation: {
    id: CONVERSATION_ID,
    tenant: TENANT,
    user: { id: USER_ID, email: 'o•••@demo.dz', role: 'OWNER' },
    title: 'Ajoute 30 sacs de semoule',
    language: 'fr',
    channel: 'chat',
    tags: ['stock'],
    createdAt: '2026-03-14T09:12:03.000Z',
    updatedAt: '2026-03-14T09:13:41.000Z',
    deletedAt: null,
    messageCount: 2,
    tools: ['inventory_adjust'],
    hasError: false,
    rating: 'up',
  },
  messages: [
    { id: MESSAGE_ID, role: 'user', status: 'completed', text: 'Ajoute 30 sacs de semoule 10kg', parts: [{ type: 'text', text: 'Ajoute 30 sacs de semoule 10kg' }], language: 'fr', model: null, provider: null, latencyMs: null, promptTokens: null, completionTokens: null, error: null, thumb: null, createdAt: '2026-03-14T09:12:03.000Z' },
    { id: REPLY_ID, role: 'assistant', status: 'completed', text: 'Stock de Semoule 10kg : 42 → 72.', parts: [{ type: 'tool', toolCallId: TOOL_ID, name: 'inventory_adjust', kind: 'write', args: { product: 'semoule 10kg', quantity: 30 }, state: 'succeeded' }, { type: 'text', text: 'Stock de Semoule 10kg : 42 → 72.' }], language: 'fr', model: 'gpt-4o-mini', provider: 'openai', latencyMs: 1840, promptTokens: 1320, completionTokens: 48, error: null, thumb: 'up', createdAt: '2026-03-14T09:12:04.000Z' },
  ],
  toolCalls: [
    {
      id: TOOL_ID, messageId: REPLY_ID, name: 'inventory_adjust', kind: 'write', status: 'succeeded', confirmation: 'approved',
      args: { product: 'semoule 10kg', quantity: 30, reason: 'réception fournisseur' },
      result: { product: 'Semoule 10kg', before: 42, after: 72 },
      proposal: { summary: 'Semoule 10kg : 42 → 72', changes: [{ field: 'stock', label: 'Stock', before: 42, after: 72 }], editable: ['quantity', 'reason'] },
      error: null, durationMs: 37, startedAt: '2026-03-14T09:12:05.000Z', finishedAt: '2026-03-14T09:12:41.000Z',
      decidedById: USER_ID, decidedAt: '2026-03-14T09:12:40.000Z',
      records: [{ type: 'product', id: PRODUCT_ID, label: 'Semoule 10kg', href: `/api/inventory/products/${PRODUCT_ID}` }],
      createdAt: '2026-03-14T09:12:05.000Z',
    },
  ],
  timeline: [
    { type: 'message', at: '2026-03-14T09:12:03.000Z', offsetMs: 0, messageId: MESSAGE_ID, role: 'user', status: 'completed', language: 'fr', durationMs: null, model: null, provider: null, tokens: { prompt: null, completion: null }, error: false },
    { type: 'message', at: '2026-03-14T09:12:04.000Z', offsetMs: 1000, messageId: REPLY_ID, role: 'assistant', status: 'completed', language: 'fr', durationMs: 1840, model: 'gpt-4o-mini', provider: 'openai', tokens: { prompt: 1320, completion: 48 }, error: false },
    { type: 'tool', at: '2026-03-14T09:12:05.000Z', offsetMs: 2000, endedAt: '2026-03-14T09:12:41.000Z', durationMs: 37, toolCallId: TOOL_ID, messageId: REPLY_ID, name: 'inventory_adjust', kind: 'write', status: 'succeeded', confirmation: 'approved', error: false },
    { type: 'approval', at: '2026-03-14T09:12:40.000Z', offsetMs: 37000, toolCallId: TOOL_ID, name: 'inventory_adjust', decision: 'approved', waitedMs: 35000 },
    { type: 'feedback', at: '2026-03-14T09:13:41.000Z', offsetMs: 98000, feedbackId: '8b5a0f4d-2e1c-4b9a-98f7-e6d5c4c3b21a', messageId: REPLY_ID, rating: 5, thumb: 'up' },
  ],
  tags: ['stock'],
  notes: [{ id: '9c6b1a5e-3f2d-4cab-a908-f7e6d5d4c32b', text: 'Client rappelé au 05•• •• •• 67, OK', author: { id: 'a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5', email: 's•••@demo.dz', role: 'SUPPORT' }, scope: 'platform', createdAt: '2026-03-14T10:02:00.000Z' }],
  feedback: [{ id: '8b5a0f4d-2e1c-4b9a-98f7-e6d5c4c3b21a', messageId: REPLY_ID, rating: 5, thumb: 'up', category: 'comment', severity: 'low', message: 'Parfait', user: { id: USER_ID, email: 'o•••@demo.dz' }, createdAt: '2026-03-14T09:13:41.000Z' }],
};

export const TAGS_EXAMPLE = { conversationId: CONVERSATION_ID, tags: ['stock', 'à revoir'] };

export const NOTE_EXAMPLE = {
  conversationId: CONVERSATION_ID,
  note: { id: '9c6b1a5e-3f2d-4cab-a908-f7e6d5d4c32b', text: "L'assistant a confondu semoule fine et moyenne", author: { id: 'a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5', email: 's•••@demo.dz', role: 'SUPPORT' }, scope: 'platform', createdAt: '2026-03-14T10:02:00.000Z' },
};
