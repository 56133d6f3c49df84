import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { useRequestLog } from './request-log';

/**
 * The request log hooks on a real Fastify server over real HTTP, with nestjs-pino's root logger writing to memory:
 * one line per request with pino-http's fields, and the services' lines inside a request carrying the request.
 */
describe('useRequestLog', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  // The first PinoLogger of the process builds nestjs-pino's one root logger (pino-http's), here into `sink`.
  const logger = new PinoLogger({
    pinoHttp: [
      {
        level: 'info',
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: String(req.url).replace(/\?.*$/, ''),
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
      sink,
    ],
  });
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    // As requestIdOf does in the app: the id kept on the Node request too, where the `req` serializer reads it.
    app = Fastify({ genReqId: (req) => ((req as { id?: string }).id = String(req.headers['x-request-id'])) });
    useRequestLog(app, logger, true);
    app.get('/x', async () => {
      logger.info('inside the handler');
      return { ok: true };
    });
    app.post('/y', async () => {
      logger.info('inside a handler with a body');
      return { ok: true };
    });
    app.get('/boom', async (_req, reply) => reply.code(503).send({ error: 'down' }));
    app.get('/api/health', async () => ({ ok: true }));
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  const call = async (path: string, id: string, init: RequestInit = {}) => {
    const res = await fetch(`${url}${path}`, { ...init, headers: { 'x-request-id': id, ...(init.headers ?? {}) } });
    await res.text();
    for (let i = 0; i < 50 && !lines.some((l) => (l.req as { id?: string })?.id === id && String(l.msg).startsWith('request ')); i++)
      await new Promise((r) => setTimeout(r, 20));
    return lines.filter((l) => (l.req as { id?: string })?.id === id);
  };

  it('writes one completion line with the request, status and time, and binds the request to the lines inside it', async () => {
    const mine = await call('/x?secret=1', 'r-1');
    expect(mine.map((l) => l.msg)).toEqual(['inside the handler', 'request completed']);
    expect(mine[1]).toMatchObject({ level: 30, req: { id: 'r-1', method: 'GET', url: '/x' }, res: { statusCode: 200 } });
    expect(typeof mine[1].responseTime).toBe('number');
  });

  it('keeps the request bound across a body read', async () => {
    const mine = await call('/y', 'r-2', {
      method: 'POST',
      body: JSON.stringify({ a: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(mine.map((l) => l.msg)).toEqual(['inside a handler with a body', 'request completed']);
  });

  it('says a 5xx errored, and writes nothing for the health probe', async () => {
    const mine = await call('/boom', 'r-3');
    expect(mine).toEqual([expect.objectContaining({ msg: 'request errored', res: { statusCode: 503 } })]);
    await call('/api/health', 'r-4');
    expect(lines.filter((l) => (l.req as { id?: string })?.id === 'r-4')).toEqual([]);
  });
});
