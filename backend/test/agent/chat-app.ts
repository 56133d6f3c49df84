import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { seededApp, type SeededApp, type SeededAppOptions } from '../helpers/seeded-app';
import type { TestApp } from '../helpers/test-app';
import type { TestDatabase } from '../setup/test-database';
import { decide, type Turn } from './tools-chat';

/** The agent suites' set-up: the seeded app, the demo superette's owner signed in, and his chat over Socket.IO. */
export interface ChatApp {
  t: TestApp;
  db: TestDatabase;
  /** The demo superette owner's access token. */
  token: string;
  /** The demo superette's tenant id. */
  tenantId: string;
  /** The owner's Socket.IO client, connected (none with `{ connect: false }`). */
  c: ChatClient;
  /** The seeded app's fixture: a suite that restarts the app hands it the new one, to close after the file. */
  app: SeededApp;
  /** A tool call's confirmation as stored (« PENDING » while its card waits). */
  confirmation(toolCallId: string): Promise<string>;
  /** Rejects every card of a turn still waiting, so the next case starts with none. */
  rejectAll(turn: Turn): Promise<void>;
  /** Another connected client (of another app or user when given), closed with the others after the file. */
  client(app?: TestApp, token?: string): Promise<ChatClient>;
}

/**
 * `seededApp` for the agent suites, which each wrote it out (the fixture, a client, its teardown):
 *
 *   let { t, db, tenantId, c } = {} as ChatApp;
 *   const chat = chatApp();
 *   beforeAll(() => ({ t, db, tenantId, c } = chat));
 *
 * Its clients close in an afterAll declared before the fixture's: afterAll hooks run in declaration order, and the
 * app's close would otherwise wait on open sockets.
 */
export function chatApp(opts: Omit<SeededAppOptions, 'logins'> & { connect?: boolean } = {}): ChatApp {
  const clients: ChatClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));
  const { connect = true, ...appOpts } = opts;
  const app = seededApp({ ...appOpts, logins: ['owner@demo.dz'] });
  const chat = { app } as ChatApp;
  chat.client = async (of = chat.t, token = chat.token) => {
    const c = new ChatClient(baseUrlOf(of.app), token);
    clients.push(c);
    await c.connected();
    return c;
  };
  chat.confirmation = (id) => chat.db.prisma.toolCall.findUniqueOrThrow({ where: { id } }).then((r) => r.confirmation);
  chat.rejectAll = async (turn) => {
    for (const a of turn.approvals)
      if ((await chat.confirmation(a.toolCallId)) === 'PENDING') await decide(chat.c, turn.conversationId, a.toolCallId, 'reject');
  };
  beforeAll(async () => {
    chat.t = app.t;
    chat.db = app.db;
    [chat.token] = app.tokens;
    chat.tenantId = await app.tenantId('demo-superette');
    if (connect) chat.c = await chat.client();
  });
  return chat;
}
