/**
 * Baseline for the chat benchmark: a bare Socket.IO server speaking the same /chat protocol as the product (ack on
 * `message:send`, `chat:event` with a per-conversation seq) and streaming, for each message, the very events the
 * product streamed for it (recorded by the bench: same number of chunks, same payloads) — but with no database, no
 * agent and no persistence. The gap between the two is the cost of the product's work per turn.
 *
 *   node -r @swc-node/register bare-socketio-server.ts <script.json>     (PORT from the environment)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setImmediate as nextTick } from 'node:timers/promises';
import type { Server as SocketIoServer } from 'socket.io';
import type { TurnScript } from '../lib/chat-load';

// The product's own copy of socket.io (it lives in backend/node_modules): the baseline runs the very same version.
const { Server } = createRequire(join(__dirname, '../../backend/package.json'))('socket.io') as { Server: typeof SocketIoServer };

const script = JSON.parse(readFileSync(process.argv[2], 'utf8')) as TurnScript;
const fallback = Object.values(script)[0] ?? [];
const lastSeq = new Map<string, number>();

const http = createServer();
const io = new Server(http, { maxHttpBufferSize: 1e6, cors: { origin: false } });
const chat = io.of('/chat');

// Same shape of check as the product's handshake (a token must be there), without the cryptography.
chat.use((socket, next) => (typeof socket.handshake.auth?.token === 'string' ? next() : next(new Error('Unauthorized'))));

chat.on('connection', (socket) => {
  socket.on(
    'message:send',
    async (payload: { clientMessageId: string; conversationId?: string; text: string }, ack: (res: unknown) => void) => {
      const conversationId = payload.conversationId ?? randomUUID();
      const messageId = randomUUID();
      const assistantMessageId = randomUUID();
      const emit = (event: Record<string, unknown>) => {
        const seq = (lastSeq.get(conversationId) ?? 0) + 1;
        lastSeq.set(conversationId, seq);
        socket.emit('chat:event', { ...event, conversationId, seq, at: new Date().toISOString() });
      };
      emit({
        type: 'message.accepted',
        assistantMessageId,
        message: {
          id: messageId,
          conversationId,
          role: 'user',
          status: 'completed',
          text: payload.text,
          parts: [{ type: 'text', text: payload.text }],
          clientMessageId: payload.clientMessageId,
          createdAt: new Date().toISOString(),
        },
      });
      ack({ ok: true, messageId, conversationId, duplicate: false });
      for (const event of script[payload.text] ?? fallback) {
        // Yield between chunks, as a streaming model does, so concurrent turns interleave.
        await nextTick();
        const e = event as Record<string, unknown>;
        if (e.type === 'message.completed') emit({ ...e, message: { ...(e.message as object), id: assistantMessageId, conversationId } });
        else emit({ ...e, ...('messageId' in e ? { messageId: assistantMessageId } : {}) });
      }
    },
  );
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  process.stdout.write(`listening on ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
