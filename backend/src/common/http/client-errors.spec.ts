import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { answerClientErrorsAsJson } from './client-errors';

/** What a raw request gets back: Node's parser refuses it before any route, so this is all a client sees. */
function rawRequest(server: Server, request: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => {
      const [head, body] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
    });
    socket.on('error', reject);
    socket.write(request);
  });
}

describe('requests refused by the HTTP parser', () => {
  let server: Server;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    answerClientErrorsAsJson(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const longUrl = (prefix: string) => `GET ${prefix}${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`;

  it('answer 431 with the usual error body, request id included', async () => {
    const { status, body } = await rawRequest(server, longUrl('/api/inventory?q='));
    expect(status).toBe(431);
    expect(body).toEqual({
      statusCode: 431,
      code: 'HTTP_431',
      message: expect.any(String),
      details: null,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("answer the OpenAI-compatible API's clients with OpenAI's error envelope", async () => {
    const { status, body } = await rawRequest(server, longUrl('/v1/models/'));
    expect(status).toBe(431);
    expect(body).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: 'http_431' } });
  });

  it('answer a malformed request line with 400', async () => {
    const { status, body } = await rawRequest(server, 'NOT A REQUEST\r\n\r\n');
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });
});
