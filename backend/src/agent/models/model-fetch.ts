import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import nodeFetch from 'node-fetch';

/**
 * The HTTP transport of the OpenAI-compatible model: node-fetch (node:http, the OpenAI SDK's own transport on Node
 * until its v5) instead of the global fetch. A streamed completion is one server-sent event per token, and the global
 * fetch (undici) hands each one through WHATWG streams — a ReadableStream read, its promises and a Uint8Array copy
 * per network read — where node:http's response is a Node stream the SDK iterates directly. Measured on this
 * machine with the bench's paced mock (unpaced, 40 tokens a completion): the SDK's client CPU per streamed chunk
 * 0.8 of the global fetch's (bench/README.md, issue 13). Connections are kept alive (one agent per protocol), as
 * the global fetch keeps them; timeouts and the turn's abort still come from the SDK's own AbortSignal.
 */
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

export const modelFetch = ((url: string, init?: Record<string, unknown>) =>
  nodeFetch(String(url), {
    ...init,
    agent: (parsed: URL) => (parsed.protocol === 'http:' ? agents.http : agents.https),
  })) as unknown as typeof fetch;
