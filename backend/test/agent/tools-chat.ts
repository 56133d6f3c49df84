import { randomUUID } from 'node:crypto';
import { toPlain } from '@tajer/contract';
import type { ServerEvent } from '../../src/chat/chat-events';
import type { ChatClient } from '../helpers/chat-client';
import type { TestApp } from '../helpers/test-app';

type Ev<T extends ServerEvent['type']> = Extract<ServerEvent, { type: T }>;

/** One assistant turn as the user saw it over the socket. */
export interface Turn {
  conversationId: string;
  userMessageId: string;
  assistantMessageId: string;
  /** The streamed answer (deltas joined), equal to the completed message's text. */
  text: string;
  streamed: string;
  started: Ev<'tool.started'>[];
  finished: Ev<'tool.finished'>[];
  approvals: Ev<'approval.required'>[];
  /** The completed answer's parts (tool cards, text, choices to tap). */
  parts: Ev<'message.completed'>['message']['parts'];
}

/** Sends a message and waits for the assistant's completed answer; collects the turn's tool events. */
export async function ask(
  c: ChatClient,
  text: string,
  opts: { conversationId?: string; attachmentIds?: string[]; lang?: 'fr' | 'ar' | 'en' } = {},
): Promise<Turn> {
  const ack = await c.emit('message:send', { clientMessageId: randomUUID(), text, ...opts });
  if (!ack.ok) throw new Error(`message:send refused: ${ack.code} ${ack.message}`);
  const accepted = (await c.waitFor((e) => e.type === 'message.accepted' && e.message.id === ack.messageId)) as Ev<'message.accepted'>;
  const assistantMessageId = accepted.assistantMessageId;
  const done = await c.completed(assistantMessageId);
  const of = <T extends ServerEvent['type']>(type: T) =>
    c.events.filter((e): e is Ev<T> => e.type === type && (e as { messageId?: string }).messageId === assistantMessageId);
  return {
    conversationId: ack.conversationId,
    userMessageId: ack.messageId,
    assistantMessageId,
    text: done.message.text,
    streamed: of('message.delta')
      .map((d) => d.delta)
      .join(''),
    started: of('tool.started'),
    finished: of('tool.finished'),
    approvals: of('approval.required'),
    parts: done.message.parts,
  };
}

/** A turn's approval cards, as the tool and arguments each proposes. */
export const cards = (turn: Turn) => turn.approvals.map((a) => ({ tool: a.name, args: a.args }));

/** The answers offered to tap in a turn: its clarification part, or the one on a tool card that stopped to ask. */
export function choicesOf(turn: Turn): { label: string; text: string }[] {
  for (const p of turn.parts) {
    if (p.type === 'clarification') return p.choices;
    if (p.type === 'tool' && p.clarification) return p.clarification.choices;
  }
  return [];
}

/** Decides on a pending approval and waits for the short follow-up answer that says the outcome. */
export async function decide(
  c: ChatClient,
  conversationId: string,
  toolCallId: string,
  decision: 'approve' | 'reject' | 'edit',
  args?: Record<string, unknown>,
): Promise<{ status: string; text?: string; finished?: Ev<'tool.finished'> }> {
  const ack = await c.emit('approval:decide', { toolCallId, decision, ...(args ? { args } : {}) });
  if (!ack.ok) throw new Error(`approval:decide refused: ${ack.code} ${ack.message}`);
  if (ack.status === 'already-decided') return { status: ack.status };
  const finished = (await c.waitFor((e) => e.type === 'tool.finished' && e.toolCallId === toolCallId)) as Ev<'tool.finished'>;
  const at = c.events.indexOf(finished);
  const said = (await c.waitFor(
    (e) => e.type === 'message.completed' && e.conversationId === conversationId && c.events.indexOf(e) > at,
  )) as Ev<'message.completed'>;
  return { status: ack.status, text: said.message.text, finished };
}

/** Uploads an image as the chat does (POST /api/attachments) and returns its id. */
export async function upload(t: TestApp, token: string, image: Buffer, name = 'photo.png'): Promise<string> {
  const res = await t.http().post('/api/attachments').set('Authorization', `Bearer ${token}`).attach('file', image, name);
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/**
 * The formatter writes thousands and units with (narrow) no-break spaces and isolates Arabic figures (bidi);
 * compare text as a reader sees it: plain spaces, no direction controls.
 */
export const plain = (s: string) => toPlain(s);
