import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';

describe('Prometheus metrics at /metrics', () => {
  let t: TestApp;
  const app = seededApp();
  beforeAll(() => ({ t } = app));

  it('exposes HTTP latency by route and status, open sockets, agent turn and tool latencies', async () => {
    const token = await t.login('owner@demo.dz');
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await t.http().get('/api/auth/me').expect(401);
    const client = new ChatClient(baseUrlOf(t.app), token);
    await client.connected();
    await client.emit('message:send', { clientMessageId: 'm-1', text: 'Il me reste combien de semoule ?' });
    await client.completed();

    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.text;
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/auth\/me",status="200"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/auth\/me",status="401"\} 1/);
    expect(text).toMatch(/socket_open_connections 1/);
    expect(text).toMatch(/agent_turn_duration_seconds_count\{provider="local",status="completed"\} 1/);
    expect(text).toMatch(/agent_tool_duration_seconds_count\{tool="inventory_search",status="\w+"\} 1/);
    expect(text).toMatch(/agent_first_token_seconds_count\{provider="local"\} 1/);
    expect(text).toContain('process_resident_memory_bytes');
    client.close();
  });
});
