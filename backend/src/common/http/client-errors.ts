import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before any route sees them (a URL or headers over the 16 KB limit, a malformed
 * request line, a header timeout) get the API's JSON error body too, instead of Node's bare status line. A request
 * for the OpenAI-compatible API (/v1/…, told from the start of what arrived) gets OpenAI's error envelope, as its
 * clients expect; everything else the usual `{statusCode, code, message, details, requestId}`.
 */
export function answerClientErrorsAsJson(server: Server): void {
  server.on('clientError', answerClientError);
}

/** The 'clientError' listener (also Fastify's `clientErrorHandler`, which replaces Fastify's own plain-JSON one). */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? 'The request line or headers are too large'
      : status === 408
        ? 'The request took too long to arrive'
        : 'Malformed HTTP request';
  const code = status === 400 ? 'VALIDATION_FAILED' : `HTTP_${status}`;
  const start = (err as { rawPacket?: Buffer }).rawPacket?.toString('latin1', 0, 16) ?? '';
  const body = JSON.stringify(
    /^[A-Z]+ \/v1\//.test(start)
      ? { error: { message, type: 'invalid_request_error', param: null, code: code.toLowerCase() } }
      : { statusCode: status, code, message, details: null, requestId: randomUUID() },
  );
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
