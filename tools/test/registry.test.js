// Checks the compiled registry against the tool contract (run `npm run build -w tools` first).
const test = require('node:test');
const assert = require('node:assert/strict');
const { z } = require('zod');
const { TOOLS, getTool, EXAMPLE_LANGS, CONVERSATION_INTENT_EXAMPLES } = require('../dist');

const CONTRACT = {
  dashboard_stats: ['read', []],
  dashboard_insights: ['read', []],
  dashboard_alerts: ['read', []],
  market_trends: ['read', []],
  market_competitors: ['read', []],
  market_report: ['read', []],
  inventory_search: ['read', []],
  inventory_adjust: ['write', ['product', 'quantity']],
  inventory_analyze_image: ['read', ['attachmentId']],
  expenses_list: ['read', []],
  expenses_add: ['write', ['amount']],
  expenses_scan_receipt: ['read-then-write', ['attachmentId']],
  marketing_generate_content: ['read', ['channel', 'topic']],
  marketing_audience_insights: ['read', []],
  marketing_campaigns: ['read', []],
  feedback_submit: ['write', ['message']],
  sales_record: ['write', ['lines']],
  sales_daily_total: ['write', ['amount']],
  sales_list: ['read', []],
  products_add: ['write', ['name']],
  customers_credit: ['read', []],
  customers_payment: ['write', ['customer', 'amount']],
  // Not in the contract table (extra tools are allowed): the credit notebook brought in, see its tool file.
  customers_credit_add: ['write', ['customer', 'amount']],
};

test('the registry holds exactly the contract tools, once each', () => {
  assert.deepEqual(TOOLS.map((t) => t.name).sort(), Object.keys(CONTRACT).sort());
  for (const name of Object.keys(CONTRACT)) assert.equal(getTool(name).name, name);
  assert.equal(getTool('nope'), undefined);
});

test('kinds and required arguments follow the contract', () => {
  for (const tool of TOOLS) {
    const [kind, required] = CONTRACT[tool.name];
    assert.equal(tool.kind, kind, tool.name);
    const shape = tool.schema.shape;
    const actuallyRequired = Object.keys(shape).filter((k) => !shape[k].safeParse(undefined).success);
    assert.deepEqual(actuallyRequired.sort(), [...required].sort(), tool.name);
    // Only confirmed writes need approval; feedback is a write without confirmation. A read-then-write tool reads at
    // once (the agent parks every requiresApproval call before running it) and hands its draft to a confirmed write.
    assert.equal(tool.requiresApproval, kind === 'write' && tool.name !== 'feedback_submit', tool.name);
  }
});

test('every tool declares the arguments its approval card may edit: its own schema fields, none for a read', () => {
  for (const tool of TOOLS) {
    assert.ok(Array.isArray(tool.editable), `${tool.name} declares editable`);
    for (const field of tool.editable) assert.ok(field in tool.schema.shape, `${tool.name}.${field} is an argument`);
    assert.equal(new Set(tool.editable).size, tool.editable.length, tool.name);
    if (!tool.requiresApproval)
      assert.ok(tool.name === 'feedback_submit' || tool.editable.length === 0, `${tool.name}: a read edits nothing`);
  }
});

test('every tool reads its own arguments offline: a slots hook in its folder, filling only its schema fields', () => {
  for (const tool of TOOLS) {
    assert.equal(typeof tool.slots?.fill, 'function', `${tool.name} has a slots hook`);
    if (tool.slots.followUp !== undefined) assert.equal(typeof tool.slots.followUp, 'function', tool.name);
    if (tool.slots.readCounterpart !== undefined) {
      assert.equal(tool.kind, 'write', `${tool.name}: only a write has a read counterpart`);
      assert.equal(getTool(tool.slots.readCounterpart)?.kind, 'read', `${tool.name}: its counterpart is a read tool`);
    }
  }
});

test('every schema field carries a description', () => {
  for (const tool of TOOLS) {
    for (const [key, field] of Object.entries(tool.schema.shape)) {
      assert.ok(field.description && field.description.length > 10, `${tool.name}.${key}`);
    }
  }
});

test('contract enums are exact', () => {
  const stats = getTool('dashboard_stats').schema;
  assert.deepEqual(stats.parse({}), { period: 'month' });
  assert.throws(() => stats.parse({ period: 'decade' }));
  const content = getTool('marketing_generate_content').schema;
  for (const channel of ['facebook', 'instagram', 'sms', 'email', 'whatsapp']) {
    assert.equal(content.parse({ channel, topic: 'x' }).channel, channel);
  }
  assert.throws(() => content.parse({ channel: 'tiktok', topic: 'x' }));
  const feedback = getTool('feedback_submit').schema;
  assert.throws(() => feedback.parse({ category: 'praise', message: 'x' }));
  assert.throws(() => getTool('inventory_adjust').schema.parse({ product: 'sucre', quantity: 0 }));
  assert.equal(getTool('inventory_adjust').schema.parse({ product: 'sucre', quantity: -3 }).quantity, -3);
});

test('examples cover the five language varieties without duplicates across tools', () => {
  const seen = new Map();
  for (const tool of TOOLS) {
    for (const lang of EXAMPLE_LANGS) {
      const list = tool.examples[lang];
      assert.ok(list.length >= 6, `${tool.name}/${lang} has ${list.length}`);
      for (const ex of list) {
        const key = ex.toLowerCase().trim();
        assert.ok(!seen.has(key), `"${ex}" is in ${tool.name} and ${seen.get(key)}`);
        seen.set(key, tool.name);
      }
    }
  }
  for (const [intent, examples] of Object.entries(CONVERSATION_INTENT_EXAMPLES)) {
    for (const lang of EXAMPLE_LANGS) assert.ok(examples[lang].length >= 5, `${intent}/${lang}`);
  }
});

test('schemas convert to JSON schema for function calling', () => {
  for (const tool of TOOLS) {
    const json = z.toJSONSchema(tool.schema, { io: 'input' });
    assert.equal(json.type, 'object', tool.name);
  }
});

test('every tool has exactly one result schema in @tajer/contract, and it refuses what the tool never returns', () => {
  const { TOOL_RESULTS } = require('@tajer/contract');
  assert.deepEqual(Object.keys(TOOL_RESULTS).sort(), TOOLS.map((t) => t.name).sort());
  for (const t of TOOLS) assert.equal(t.result, TOOL_RESULTS[t.name], `${t.name} declares its result schema`);
  for (const [name, schema] of Object.entries(TOOL_RESULTS)) {
    for (const bad of [null, 'text', 42, [], {}, { success: true, data: {} }]) {
      assert.equal(schema.safeParse(bad).success, false, `${name} accepted ${JSON.stringify(bad)}`);
    }
  }
});
