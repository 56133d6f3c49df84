import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { TajerFastifyAdapter, UnmatchedHandler } from './fastify-setup';

/** Paths that are never the UI's: the API, sockets, metrics, the OpenAI-compatible API and MCP. */
const NOT_UI = /^\/(api|socket\.io|metrics|v1|mcp)(\/|$)/;

/** Where the built chat UI lives (same from src/ under ts-node/jest and from dist/ in production). */
export const CHAT_UI_DIST = resolve(__dirname, '../../../../chat-ui/dist');

/** True when the Accept header takes HTML (absent, text/html, text/* or *\/* with a q above 0), like Express's req.accepts('html'). */
export function acceptsHtml(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (type !== 'text/html' && type !== 'text/*' && type !== '*/*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** The UI build's files as URL paths (/index.html, /assets/…), listed once at start: no file lookup per request. */
function listFiles(dir: string): Set<string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => '/' + relative(dir, join(e.parentPath, e.name)).split(sep).join('/')));
}

/**
 * The chat UI's answers to requests no API route matched: its files (hashed assets cached for a year, the rest an
 * hour), and index.html, never cached, for any other GET that takes HTML and isn't API, socket or metrics traffic
 * (client-side routes like /support, /feedback). The UI build writes a .br and a .gz next to every text asset:
 * @fastify/static serves those to browsers that accept them (compressed once at build time, not on every request).
 */
export function chatUiFallback(dir: string): UnmatchedHandler {
  const files = listFiles(dir);
  return (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const raw = req.url.replace(/\?.*$/, '');
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      /* malformed %-escapes: not a file of ours */
    }
    if (NOT_UI.test(path)) return false;
    if (files.has(path)) {
      reply.code(200).header('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      void reply.sendFile(path.slice(1));
      return true;
    }
    if (req.method !== 'GET' || !acceptsHtml(req.headers.accept)) return false;
    reply.code(200).header('Cache-Control', 'no-cache');
    void reply.sendFile('index.html');
    return true;
  };
}

/** Registers reply.sendFile for the UI's folder and gives the not-found handler's part that answers with it. */
export async function registerChatUi(fastify: FastifyInstance, dir: string): Promise<UnmatchedHandler> {
  // serve: false: no route of its own (the UI answers only what the API did not match), only reply.sendFile.
  await fastify.register(fastifyStatic, { root: dir, serve: false, preCompressed: true, cacheControl: false, index: false });
  return chatUiFallback(dir);
}

/** Serves the built chat UI on the same origin as the API (when it was built). */
export async function serveChatUi(app: NestFastifyApplication, dir = CHAT_UI_DIST): Promise<boolean> {
  if (!existsSync(join(dir, 'index.html'))) return false;
  const adapter = app.getHttpAdapter() as TajerFastifyAdapter;
  adapter.uiFallback = await registerChatUi(adapter.getInstance(), dir);
  return true;
}
